/// \file
/// The Runtime: what this stage adds around one Engine, and the contract
/// between the event loop and JavaScript. (Node calls this object the
/// Environment.)
///
///     main script ──> drain ──> uv_run: ┌ timers ──> callback ──> drain ┐
///                                       │ check  ──> callback ──> drain │
///                                       └──── while something is ref'd ─┘
///
/// The contract, which Node implements in MakeCallback and
/// InternalCallbackScope and this file in CallFromLoop():
///
/// - **Run to completion.** The main script runs to its end; only then does
///   the loop start. A callback is never interrupted by another.
/// - **Drain after every callback.** When a callback from the loop returns,
///   the nextTick queue and V8's microtask queue are drained, again and again
///   until both are empty (task_queues.h); then promises rejected with no
///   handler end the program (promise_rejections.h). The main script is
///   followed by the same drain.
/// - **An exception nobody caught ends the program**: it is printed as Node
///   prints it and the exit code is 1.
/// - **process.exit(code) ends it at once**: the JavaScript on the stack is
///   unwound with v8::Isolate::TerminateExecution (which no try/catch or
///   finally can intercept), the loop is stopped with uv_stop, and the normal
///   teardown closes every handle. Nothing calls exit() in mid-flight, so every
///   resource is released on this path too.
#pragma once

#include <uv.h>
#include <v8.h>

#include <functional>
#include <optional>

#include "command_line.h"
#include "engine.h"
#include "event_loop.h"
#include "immediates.h"
#include "loop_trace.h"
#include "platform_tasks.h"
#include "process_object.h"
#include "promise_rejections.h"
#include "task_queues.h"
#include "timers.h"

namespace loop {

class Runtime {
 public:
  /// Sets the microtask policy to explicit, starts the loop's handles and
  /// installs this stage's globals in the engine's context (which must be
  /// entered).
  Runtime(engine::Engine& engine, const engine::CommandLine& cmd, const engine::StageInfo& stage);
  /// Closes every handle, then the loop.
  ~Runtime();

  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  /// After the main script: the drain, then the loop until nothing keeps it
  /// alive. Returns the exit code (process.exitCode, or what ended the run).
  int RunLoop();
  /// The exit code once process.exit() or a fatal error asked the program to
  /// end; nothing before that.
  std::optional<int> exit_requested() const { return exit_code_; }

  // ---- What the mechanisms (timers, immediates, queues) use ----

  /// Calls `function` from the loop: the call, then the drain. Returns false
  /// when the program must end (an exception escaped, or process.exit()).
  bool CallFromLoop(v8::Local<v8::Function> function, v8::Local<v8::Value> receiver, int argc,
                    v8::Local<v8::Value> argv[]);
  /// The call alone, under a v8::TryCatch; the drain uses it for nextTicks.
  /// Returns false when the program must end.
  bool Call(v8::Local<v8::Function> function, v8::Local<v8::Value> receiver, int argc,
            v8::Local<v8::Value> argv[]);
  /// Prints what `try_catch` caught as an uncaught exception and ends the
  /// program with exit code 1 (or does nothing if process.exit() unwound it).
  /// While an uncaught-exception handler is set, the handler gets the
  /// exception instead and the program goes on.
  void EndWithUncaughtException(const v8::TryCatch& try_catch);
  /// Prints `error` (with `message`, where it was thrown) the same way.
  void EndWithUncaughtException(v8::Local<v8::Value> error, v8::Local<v8::Message> message);
  /// Who gets an exception nobody caught. By default it ends the program, as
  /// it ends a script in Node; the REPL sets a handler that prints it and lets
  /// the session go on, as Node's REPL does (an empty function: the default).
  using UncaughtHandler =
      std::function<void(v8::Local<v8::Value> error, v8::Local<v8::Message> message)>;
  void SetUncaughtHandler(UncaughtHandler handler) { uncaught_handler_ = std::move(handler); }
  bool has_uncaught_handler() const { return static_cast<bool>(uncaught_handler_); }
  /// Ends the program with `code`: stops the loop and unwinds any JavaScript
  /// on the stack. The first request wins.
  void Exit(int code);
  bool exiting() const { return exit_code_.has_value(); }

  engine::Engine& engine() const { return engine_; }
  v8::Isolate* isolate() const { return engine_.isolate(); }
  v8::Local<v8::Context> context() const { return engine_.context(); }
  uv_loop_t* uv_loop() { return event_loop_.get(); }
  const engine::CommandLine& command_line() const { return cmd_; }
  const engine::StageInfo& stage() const { return stage_; }
  /// The `data` every native of this stage receives: this Runtime.
  v8::Local<v8::External> AsData() { return v8::External::New(isolate(), this); }
  static Runtime& From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return *static_cast<Runtime*>(info.Data().As<v8::External>()->Value());
  }
  /// For V8 callbacks that carry no data (the promise rejection callback).
  static Runtime& From(v8::Isolate* isolate) {
    return *static_cast<Runtime*>(isolate->GetData(kIsolateSlot));
  }

  LoopTrace& trace() { return trace_; }
  TaskQueues& task_queues() { return task_queues_; }
  TimerQueue& timers() { return timers_; }
  ImmediateQueue& immediates() { return immediates_; }
  PromiseRejections& promise_rejections() { return promise_rejections_; }
  ProcessObject& process() { return process_; }

 private:
  static constexpr uint32_t kIsolateSlot = 0;  ///< isolate->GetData(0) is the Runtime

  engine::Engine& engine_;
  const engine::CommandLine& cmd_;
  const engine::StageInfo& stage_;
  std::optional<int> exit_code_;
  UncaughtHandler uncaught_handler_;
  /// `(function () {})`: calling it makes V8 notice a pending
  /// TerminateExecution at once (see Exit()).
  v8::Global<v8::Function> notice_termination_;

  // Declared first, destroyed last: every handle below lives on this loop.
  EventLoop event_loop_;
  LoopTrace trace_;
  TaskQueues task_queues_;
  PromiseRejections promise_rejections_;
  TimerQueue timers_;
  ImmediateQueue immediates_;
  PlatformTasks platform_tasks_;
  ProcessObject process_;
};

}  // namespace loop
