#include "runtime.h"

#include "error_report.h"

namespace loop {

Runtime::Runtime(engine::Engine& engine, const engine::CommandLine& cmd,
                 const engine::StageInfo& stage)
    : engine_(engine),
      cmd_(cmd),
      stage_(stage),
      trace_(cmd.HasFlag("--trace-loop"), cmd.FlagValue("--trace-loop", "")),
      task_queues_(*this),
      promise_rejections_(*this),
      timers_(*this),
      immediates_(*this),
      platform_tasks_(*this),
      process_(*this) {
  v8::Isolate* isolate = engine.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = engine.context();
  engine::SetContextSlot(context, kContextSlot, this);
  // Microtasks run when the runtime says so (TaskQueues::Drain), not
  // whenever V8's outermost call returns.
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  promise_rejections_.Start(isolate);
  trace_.Start(event_loop_.get(), isolate);

  v8::Local<v8::Object> process = process_.Install(context);
  task_queues_.Install(context, process);
  timers_.Install(context);
  immediates_.Install(context);
  platform_tasks_.Start();

  v8::Local<v8::Value> notice;
  v8::Local<v8::Script> script =
      v8::Script::Compile(context, v8::String::NewFromUtf8Literal(isolate, "(function () {})"))
          .ToLocalChecked();
  if (script->Run(context).ToLocal(&notice)) {
    notice_termination_.Reset(isolate, notice.As<v8::Function>());
  }
}

Runtime::~Runtime() {
  v8::Isolate* isolate = engine_.isolate();
  // Every handle first, then the loop: uv_loop_close() fails while a handle
  // is open.
  timers_.Close();
  immediates_.Close();
  platform_tasks_.Close();
  trace_.Close(isolate);
  int result = event_loop_.CloseAndDrain();
  trace_.Closed(result);
  promise_rejections_.Stop(isolate);
  {
    v8::HandleScope handle_scope(isolate);
    engine::SetContextSlot(context(), kContextSlot, nullptr);
  }
  // The members go next, in reverse order: their v8::Globals are reset while
  // the isolate is still alive.
}

int Runtime::RunLoop() {
  trace_.MainScriptDone();
  if (task_queues_.Drain()) {
    trace_.LoopStarts();
    // When nothing is left, V8 may still hold tasks for this thread (a
    // collection's cleanup callbacks); they run, and if they scheduled
    // anything, the loop turns again.
    do {
      do {
        event_loop_.Run();
      } while (!exiting() && platform_tasks_.RunPendingTasks() && uv_loop_alive(uv_loop()));
      // A later stage's 'beforeExit' may schedule more work.
      if (exiting() || !life_hooks_.before_exit) break;
      life_hooks_.before_exit(process_.exit_code());
    } while (!exiting() && uv_loop_alive(uv_loop()));
  }
  if (!exit_code_ && life_hooks_.exit) life_hooks_.exit(process_.exit_code());
  if (exit_code_) {
    trace_.Exiting(*exit_code_);
    return *exit_code_;
  }
  trace_.LoopEnded(process_.exit_code());
  return process_.exit_code();
}

bool Runtime::Call(v8::Local<v8::Function> function, v8::Local<v8::Value> receiver, int argc,
                   v8::Local<v8::Value> argv[]) {
  if (exiting()) return false;
  v8::TryCatch try_catch(isolate());
  if (!function->Call(context(), receiver, argc, argv).IsEmpty()) return true;
  EndWithUncaughtException(try_catch);
  return !exiting();  // a handler took the exception: the program goes on
}

bool Runtime::CallFromLoop(v8::Local<v8::Function> function, v8::Local<v8::Value> receiver,
                           int argc, v8::Local<v8::Value> argv[]) {
  return Call(function, receiver, argc, argv) && task_queues_.Drain();
}

void Runtime::EndWithUncaughtException(const v8::TryCatch& try_catch) {
  if (try_catch.HasTerminated() || exiting()) return;  // process.exit() is unwinding
  EndWithUncaughtException(try_catch.Exception(), try_catch.Message());
}

void Runtime::EndWithUncaughtException(v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  // A later stage's 'uncaughtException' listener comes first, then the REPL.
  if (life_hooks_.uncaught_exception &&
      life_hooks_.uncaught_exception(error, /*fatal=*/!uncaught_handler_)) {
    return;
  }
  if (exiting()) return;  // the hook's own handler called process.exit()
  if (uncaught_handler_) {
    uncaught_handler_(error, message);
    return;
  }
  engine::ReportUncaughtException(context(), error, message, cmd_.trace_uncaught, stage_.name);
  Exit(1);
}

void Runtime::Exit(int code) {
  if (exit_code_) return;
  exit_code_ = code;
  event_loop_.Stop();
  // TerminateExecution only *requests* termination: V8 acts on it at its
  // next interrupt check, a function entry or a loop's back edge. Calling an
  // empty JS function is such a check, so the JavaScript that called
  // process.exit() unwinds now instead of running on to its next call.
  isolate()->TerminateExecution();
  if (!notice_termination_.IsEmpty()) {
    v8::HandleScope handle_scope(isolate());
    notice_termination_.Get(isolate())
        ->Call(context(), v8::Undefined(isolate()), 0, nullptr)
        .IsEmpty();
  }
}

}  // namespace loop
