/// \file
/// --trace-loop: the loop narrates itself on stderr.
///
///     [loop] main script done
///     [loop]   drain: 1 nextTick, 2 microtasks
///     [loop] iteration 1
///     [loop]   timers   Timeout 1 ms -> tick (order.js:3)
///     [loop]   drain: 0 nextTicks, 1 microtask
///     [loop]   idle     1 immediate waiting: poll must not block
///     [loop]   poll     no wait
///     [loop]   check    Immediate -> (anonymous) (order.js:8)
///     [loop] iteration 2
///     [loop]   poll     wait up to 4 ms, for the next timer
///     ...
///     [loop] nothing ref'd is left: the loop ends (exit code 0)
///
/// libuv has no "a phase begins" hook, so the trace reports what it can see:
/// the callbacks this runtime runs (timers, idle, check), a uv_prepare_t of
/// its own that runs just before poll and asks libuv how long poll will wait
/// (uv_backend_timeout), and the drains. A new iteration is recognised when a
/// phase comes round that is not later than the last one seen (phases only go
/// forward within one iteration). The prepare handle is unref'd, so tracing
/// never keeps the process alive. Microtasks are counted with a V8 promise
/// hook (each promise reaction job, `await` included, starts with a kBefore
/// event) plus the queueMicrotask() callbacks; both cost nothing when the
/// trace is off.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstddef>
#include <string>

namespace loop {

class LoopTrace {
 public:
  /// libuv's phases, in the order an iteration visits them.
  enum class Phase { kTimers, kPending, kIdle, kPrepare, kPoll, kCheck, kClose };

  explicit LoopTrace(bool enabled) : enabled_(enabled) {}

  bool enabled() const { return enabled_; }
  /// Starts the prepare handle and the promise hook, when enabled.
  void Start(uv_loop_t* loop, v8::Isolate* isolate);
  void Close(v8::Isolate* isolate);

  void MainScriptDone();
  /// uv_run() is about to start: from now on, events belong to iterations.
  void LoopStarts();
  /// A callback is about to run in `phase`: "Timeout 10 ms -> name (file:line)".
  void Callback(Phase phase, const std::string& what, v8::Local<v8::Function> function);
  /// Something else happened in `phase`, such as a uv_async_t waking the
  /// loop (05's message ports): "  poll    <text>".
  void Event(Phase phase, const std::string& text);
  /// Whose loop this is, when a process has several (a worker's: "loop 1").
  void set_label(const std::string& label) { label_ = label; }
  /// The idle handle ran: `waiting` ref'd immediates keep poll from blocking.
  void Idle(size_t waiting);
  void CountTick() { ticks_++; }
  void CountMicrotask() { microtasks_++; }
  /// The drain after a callback (or the main script) finished.
  void DrainDone();
  void LoopEnded(int exit_code);
  void Exiting(int exit_code);
  void Closed(int loop_close_result);

  /// "1 ms", "1.5 ms".
  static std::string Milliseconds(double ms);
  /// "name (file.js:3)": enough to find a callback in the script.
  static std::string Describe(v8::Local<v8::Function> function);

 private:
  static void OnPrepare(uv_prepare_t* handle);
  static void OnPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise,
                            v8::Local<v8::Value> parent);
  /// Prints the iteration header when `phase` starts a new iteration.
  /// `again`: `phase` may come several times in one iteration (an event).
  void Enter(Phase phase, bool again = false);
  void Line(const std::string& text);

  bool enabled_;
  std::string label_ = "loop";
  uv_prepare_t prepare_handle_;
  bool prepare_open_ = false;
  uv_loop_t* loop_ = nullptr;
  int iteration_ = 0;
  Phase last_phase_ = Phase::kClose;
  bool in_loop_ = false;  ///< false until LoopStarts()
  size_t ticks_ = 0;
  size_t microtasks_ = 0;
};

}  // namespace loop
