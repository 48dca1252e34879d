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
/// (uv_backend_timeout), a uv_check_t that runs just after poll, and the
/// drains. A new iteration is recognised when a
/// phase comes round that is not later than the last one seen (phases only go
/// forward within one iteration). Both handles are unref'd, so tracing
/// never keeps the process alive. Microtasks are counted with a V8 promise
/// hook (each promise reaction job, `await` included, starts with a kBefore
/// event) plus the queueMicrotask() callbacks; both cost nothing when the
/// trace is off.
///
/// `--trace-loop=chrome:FILE` tells the same story as a Chrome trace
/// (chrome_trace.h) instead of text: iterations, phases, callbacks and
/// drains become nested slices on this loop's track, and stage 03's pool
/// jobs slices on their workers' tracks. The call sites are the same; only
/// the sink differs.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chrome_trace.h"
#include "command_line.h"

namespace loop {

class LoopTrace {
 public:
  /// libuv's phases, in the order an iteration visits them.
  enum class Phase { kTimers, kPending, kIdle, kPrepare, kPoll, kCheck, kClose };

  /// `value` is what followed "--trace-loop=": "" for text on stderr, or
  /// "chrome:FILE".
  explicit LoopTrace(bool enabled, const std::string& value = "");

  /// The --trace-loop flag as every stage from 02 on declares it.
  static engine::StageInfo::Flag Flag(const std::string& help);

  bool enabled() const { return enabled_; }
  /// The Chrome trace being written, or null for the text trace.
  ChromeTrace* chrome() const { return chrome_.get(); }
  /// This loop's track in the Chrome trace.
  int track() const { return track_; }
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
  /// A callback into JavaScript that is not a function this class can
  /// describe (stage 03's pool completions): only the Chrome trace shows it.
  void BeginCallback(Phase phase, const std::string& what);
  /// The same for a callback that libuv's I/O delivers (stage 04's wraps: a
  /// read, a connection, a request done): in poll, or in the pending phase
  /// when libuv deferred it to the next iteration (a write that completed at
  /// once). Which one is known from the prepare and check handles around poll.
  void IoCallback(const std::string& what);
  /// The idle handle ran: `waiting` ref'd immediates keep poll from blocking.
  void Idle(size_t waiting);
  void CountTick() { ticks_++; }
  void CountMicrotask() { microtasks_++; }
  /// The drain after a callback (or the main script) begins.
  void DrainStarts();
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
  static void OnCheck(uv_check_t* handle);
  static void OnPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise,
                            v8::Local<v8::Value> parent);
  /// Prints the iteration header when `phase` starts a new iteration; the
  /// Chrome trace opens the iteration's and `shown`'s slices. `again`:
  /// `phase` may come several times in one iteration (an event).
  void Enter(Phase phase, Phase shown, bool again = false);
  void Enter(Phase phase) { Enter(phase, phase); }
  void Line(const std::string& text);

  /// How deep a slice of this loop's track sits: an iteration holds phases,
  /// a phase holds callbacks and drains.
  enum class Level { kIteration, kPhase, kCallback };
  void Open(Level level, const std::string& name, const std::string& args = "");
  /// Closes every open slice at `level` or deeper.
  void CloseTo(Level level, const std::string& args = "");

  bool enabled_;
  std::string label_ = "loop";
  uv_prepare_t prepare_handle_;
  uv_check_t check_handle_;  ///< runs right after poll: ends in_poll_
  bool prepare_open_ = false;
  bool in_poll_ = false;  ///< between the prepare and the check handle
  uv_loop_t* loop_ = nullptr;
  int iteration_ = 0;
  Phase last_phase_ = Phase::kClose;
  bool in_loop_ = false;  ///< false until LoopStarts()
  size_t ticks_ = 0;
  size_t microtasks_ = 0;

  std::shared_ptr<ChromeTrace> chrome_;
  int track_ = 0;
  /// The open slices of this track, outermost first.
  std::vector<std::pair<Level, std::string>> open_;
  bool drain_open_ = false;
};

}  // namespace loop
