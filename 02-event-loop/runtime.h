/// \file
/// The Runtime: what this stage adds around one Engine, and the contract
/// between the event loop and JavaScript. (Node calls this object the
/// Environment.)
///
/// The loop's phases, and when the drain runs among them, are drawn in the
/// chapter (02-event-loop/README.md, "The loop, one iteration"); the
/// contract is stated here, once. Node implements it in MakeCallback and
/// InternalCallbackScope, this file in CallFromLoop():
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
/// - **process.exit(code) ends it at once**, through the normal teardown:
///   nothing calls exit() in mid-flight, so every resource is released on
///   this path too. How (TerminateExecution, uv_stop) and why: the chapter,
///   "Refs: how the process knows it is done".
#pragma once

#include <uv.h>
#include <v8.h>

#include <functional>
#include <optional>

#include "command_line.h"
#include "context_slots.h"
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
  /// program with exit code 1 (or does nothing if process.exit() unwound it),
  /// unless LifeHooks::uncaught_exception or the uncaught-exception handler
  /// takes it: then the program goes on and exiting() stays false.
  void EndWithUncaughtException(const v8::TryCatch& try_catch);
  /// Prints `error` (with `message`, where it was thrown) the same way.
  void EndWithUncaughtException(v8::Local<v8::Value> error, v8::Local<v8::Message> message);

  /// What a later stage does at the turning points of a program's life.
  /// Stage 05 emits process's 'beforeExit', 'exit' and 'uncaughtException'
  /// events from them; unset, the program ends as it does in this stage.
  struct LifeHooks {
    /// The loop ran dry and the program would end with `code`. What the hook
    /// schedules makes the loop turn again (Node's 'beforeExit').
    std::function<void(int code)> before_exit;
    /// The program ends with `code`, without process.exit() (which runs its
    /// own): Node's 'exit'. A listener may change process.exitCode.
    std::function<void(int code)> exit;
    /// An exception nobody caught: true when a handler took it and the
    /// program goes on. `fatal`: no uncaught-exception handler (the REPL's)
    /// will take it after the hook, so the program ends; a hook that returns
    /// false has then done what must come before the error is printed (Node
    /// runs 'exit' listeners first).
    std::function<bool(v8::Local<v8::Value> error, bool fatal)> uncaught_exception;
    /// A promise rejected with no handler by the end of a drain: true when
    /// a handler took it (Node's 'unhandledRejection'). False: it ends the
    /// program as an uncaught exception (which asks uncaught_exception).
    /// `id` numbers the rejection (PromiseRejections).
    std::function<bool(v8::Local<v8::Value> reason, v8::Local<v8::Promise> promise, int id)>
        unhandled_rejection;
    /// A handler was added to a rejected promise that was no longer pending:
    /// reported before, maybe (Node's 'rejectionHandled').
    std::function<void(v8::Local<v8::Promise> promise)> rejection_handled;
  };
  void set_life_hooks(LifeHooks hooks) { life_hooks_ = std::move(hooks); }
  const LifeHooks& life_hooks() const { return life_hooks_; }
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
  /// The context's slot where the Runtime keeps itself: the first above the
  /// engine's (01-engine/context_slots.h).
  static constexpr engine::ContextSlot kContextSlot = engine::kFirstLayerSlot;

  /// The Runtime of `context`; nullptr if it has none. (Node:
  /// Environment::GetCurrent.) The Runtime keeps itself in the context's
  /// slot kContextSlot from its constructor to its destructor.
  static Runtime* GetCurrent(v8::Local<v8::Context> context) {
    return static_cast<Runtime*>(engine::GetContextSlot(context, kContextSlot));
  }
  /// The Runtime of the context the isolate is running: how every native of
  /// this stage, and every V8 callback (promise rejections, accessors), finds
  /// its state.
  static Runtime& GetCurrent(v8::Isolate* isolate) {
    return *static_cast<Runtime*>(engine::GetCurrentContextSlot(isolate, kContextSlot));
  }
  static Runtime& GetCurrent(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return GetCurrent(info.GetIsolate());
  }

  LoopTrace& trace() { return trace_; }
  TaskQueues& task_queues() { return task_queues_; }
  TimerQueue& timers() { return timers_; }
  ImmediateQueue& immediates() { return immediates_; }
  PromiseRejections& promise_rejections() { return promise_rejections_; }
  ProcessObject& process() { return process_; }

 private:
  engine::Engine& engine_;
  const engine::CommandLine& cmd_;
  const engine::StageInfo& stage_;
  std::optional<int> exit_code_;
  LifeHooks life_hooks_;
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
