#include "worker/worker.h"

#include "bootstrap.h"
#include "engine.h"
#include "error_report.h"
#include "modules.h"
#include "node_errors.h"
#include "realm.h"
#include "runtime.h"
#include "thread_pool.h"

namespace modules {
namespace {

/// What `internalBinding('worker')` tells the code of one realm about its
/// thread. The main thread keeps the defaults.
class ThreadInfo : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "worker thread";
  explicit ThreadInfo(bindings::Realm&) {}
  bool is_main_thread = true;
  int thread_id = 0;
  std::shared_ptr<PortData> control;      ///< the worker's end of its control channel
  std::shared_ptr<PortData> public_port;  ///< the worker's end of `parentPort`
};

/// Thread ids are the process's: 0 is the main thread, workers count up.
std::atomic<int> next_thread_id{1};

// createChannel(): [port1, port2], entangled (MessageChannel).
void CreateChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  auto [one, two] = PortData::NewChannel();
  v8::Local<v8::Object> port1;
  v8::Local<v8::Object> port2;
  if (!MessagePort::New(realm, one).ToLocal(&port1) ||
      !MessagePort::New(realm, two).ToLocal(&port2)) {
    return;
  }
  v8::Local<v8::Value> ports[] = {port1, port2};
  info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), ports, 2));
}

// takeWorkerPorts(): in a worker, [control port, parentPort], once.
void TakeWorkerPorts(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  ThreadInfo& thread = realm.binding_data<ThreadInfo>();
  if (thread.control == nullptr) return;
  v8::Local<v8::Object> control;
  v8::Local<v8::Object> public_port;
  if (!MessagePort::New(realm, std::move(thread.control)).ToLocal(&control) ||
      !MessagePort::New(realm, std::move(thread.public_port)).ToLocal(&public_port)) {
    return;
  }
  v8::Local<v8::Value> ports[] = {control, public_port};
  info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), ports, 2));
}

}  // namespace

// ---- The parent's side ----

Worker::Worker(bindings::Realm& realm, v8::Local<v8::Object> object,
               std::shared_ptr<PortData> control, std::shared_ptr<PortData> public_port,
               size_t max_old_generation_mb)
    : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&exited_)),
      command_line_(realm.runtime().command_line()),
      stage_(realm.runtime().stage()),
      bindings_(realm.registry().lists()),
      loader_(LoaderOf(realm).ForAnotherThread()),
      control_(std::move(control)),
      public_port_(std::move(public_port)),
      max_old_generation_mb_(max_old_generation_mb),
      thread_id_(next_thread_id++) {
  uv_async_init(realm.uv_loop(), &exited_, OnExited);
  exited_.data = static_cast<HandleWrap*>(this);
}

// new Worker(controlPort, publicPort, maxOldGenerationSizeMb): takes the
// two ports (ends of channels made in JavaScript) for the worker's thread.
void Worker::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  if (!info.IsConstructCall()) {
    errors::Throw(isolate, errors::ConstructCallRequired(isolate, "Worker"));
    return;
  }
  MessagePort* control = MessagePort::FromValue(realm, info[0]);
  MessagePort* public_port = MessagePort::FromValue(realm, info[1]);
  if (control == nullptr || public_port == nullptr) {
    isolate->ThrowException(v8::Exception::TypeError(realm.Name("Worker needs two open ports")));
    return;
  }
  double megabytes = info[2]->IsNumber() ? info[2].As<v8::Number>()->Value() : 0;
  new Worker(realm, info.This(), control->Detach(), public_port->Detach(),
             megabytes > 0 ? static_cast<size_t>(megabytes) : 0);  // owned by its handle
}

void Worker::StartThread(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Worker* worker = Unwrap<Worker>(info.This());
  if (worker == nullptr || worker->thread_started_) return;
  // V8's default stack limit assumes about 1 MiB of stack: a thread gets 4.
  uv_thread_options_t options;
  options.flags = UV_THREAD_HAS_STACK_SIZE;
  options.stack_size = 4 * 1024 * 1024;
  int err = uv_thread_create_ex(&worker->thread_, &options, ThreadMain, worker);
  worker->thread_started_ = err == 0;
  info.GetReturnValue().Set(err);
}

void Worker::StopThread(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Worker* worker = Unwrap<Worker>(info.This())) worker->Terminate();
}

void Worker::GetThreadId(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Worker* worker = Unwrap<Worker>(info.This())) info.GetReturnValue().Set(worker->thread_id_);
}

void Worker::Terminate() {
  std::lock_guard<std::mutex> lock(mutex_);
  stop_requested_ = true;
  if (runtime_ == nullptr) return;  // not running yet (it checks the flag) or over
  // Both are safe from another thread: V8 checks the request at its next
  // interrupt check (a loop's back edge, a call); the async wakes an idle loop.
  runtime_->isolate()->TerminateExecution();
  uv_async_send(stop_);
}

void Worker::OnExited(uv_async_t* async) {
  auto* worker = static_cast<Worker*>(static_cast<HandleWrap*>(async->data));
  uv_thread_join(&worker->thread_);
  worker->joined_ = true;
  bindings::Realm* realm = worker->realm();
  if (realm != nullptr && worker->IsOpen()) {
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope handle_scope(isolate);
    int code;
    {
      std::lock_guard<std::mutex> lock(worker->mutex_);
      code = worker->exit_code_;
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, code),
                                   v8::Boolean::New(isolate, worker->out_of_memory_)};
    v8::Local<v8::Object> object = worker->object();
    worker->Close();  // the handle is done; `object` stays a plain shell
    realm->MakeCallback(object, realm->Name("onexit"), 2, argv);
  }
}

void Worker::OnRealmTeardown() {
  // The parent ends first: its workers end with it, as in Node.
  if (thread_started_ && !joined_) {
    Terminate();
    uv_thread_join(&thread_);
    joined_ = true;
  }
  HandleWrap::OnRealmTeardown();
}

// ---- The worker's thread ----

void Worker::ThreadMain(void* arg) {
  auto* worker = static_cast<Worker*>(arg);
  int code = worker->Run();
  {
    std::lock_guard<std::mutex> lock(worker->mutex_);
    worker->exit_code_ = code;
  }
  // The last touch of the parent's loop, from this thread: safe, and the
  // handle stays open until the parent has joined us.
  uv_async_send(&worker->exited_);
}

void Worker::OnStop(uv_async_t* async) { static_cast<loop::Runtime*>(async->data)->Exit(1); }

size_t Worker::OnNearHeapLimit(void* data, size_t current, size_t initial) {
  auto* worker = static_cast<Worker*>(data);
  worker->out_of_memory_ = true;
  worker->Terminate();
  // Room to unwind the JavaScript that is running; the worker ends anyway.
  return current + initial;
}

int Worker::Run() {
  engine::Engine engine(max_old_generation_mb_);
  v8::Isolate* isolate = engine.isolate();
  if (max_old_generation_mb_ > 0) isolate->AddNearHeapLimitCallback(OnNearHeapLimit, this);
  int code = 1;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(engine.context());

    // The same layers, in the same order, as main() builds them.
    loop::Runtime runtime(engine, command_line_, stage_);
    pool::ThreadPool thread_pool(runtime);
    pool::BuiltinModules native_modules(runtime, thread_pool);
    bindings::Realm realm(runtime, native_modules, bindings_);
    realm.Bootstrap();
    ThreadInfo& thread = realm.binding_data<ThreadInfo>();
    thread.is_main_thread = false;
    thread.thread_id = thread_id_;
    thread.control = control_;
    thread.public_port = public_port_;

    uv_async_t stop;
    uv_async_init(runtime.uv_loop(), &stop, OnStop);
    stop.data = &runtime;
    uv_unref(reinterpret_cast<uv_handle_t*>(&stop));

    v8::TryCatch try_catch(isolate);
    Bootstrap bootstrap(realm, loader_);
    bool stopped;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopped = stop_requested_;
      if (!stopped) {
        runtime_ = &runtime;
        stop_ = &stop;
      }
    }
    if (!stopped && bootstrap.ok()) {
      // internal/main/worker_thread.js loads the worker's script; what it
      // throws is an uncaught exception of the worker, reported to the parent.
      if (bootstrap.RunMainScript("internal/main/worker_thread").IsEmpty() &&
          !try_catch.HasTerminated()) {
        runtime.EndWithUncaughtException(try_catch);
      }
      auto terminated = [&] {
        std::lock_guard<std::mutex> lock(mutex_);
        return stop_requested_;
      };
      if (try_catch.HasTerminated() && !runtime.exiting() && terminated()) {
        // terminate() stopped the script itself: V8 stays in its terminating
        // state while this TryCatch lives, so no more JavaScript runs here.
        code = 1;
      } else {
        code = runtime.exit_requested() ? *runtime.exit_requested() : runtime.RunLoop();
      }
      if (terminated()) code = 1;  // terminate() won, whatever ran after it
      isolate->CancelTerminateExecution();
    } else if (!stopped) {
      engine::ReportUncaughtException(engine.context(), try_catch.Exception(), try_catch.Message(),
                                      false, stage_.name);
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      runtime_ = nullptr;
      stop_ = nullptr;
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&stop), nullptr);
    thread_pool.Shutdown(code);
  }  // the Realm, the modules, the pool, the Runtime (which drains `stop`), the engine
  return code;
}

void Worker::Initialize(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  MessagePort::Initialize(realm, exports);

  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("Worker", New);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "startThread", StartThread);
  realm.SetProtoMethod(klass, "stopThread", StopThread);
  realm.SetProtoMethod(klass, "threadId", GetThreadId);
  exports
      ->CreateDataProperty(context, realm.Name("Worker"),
                           klass->GetFunction(context).ToLocalChecked())
      .Check();

  realm.SetMethod(exports, "createChannel", CreateChannel);
  realm.SetMethod(exports, "takeWorkerPorts", TakeWorkerPorts);
  ThreadInfo& thread = realm.binding_data<ThreadInfo>();
  exports
      ->CreateDataProperty(context, realm.Name("isMainThread"),
                           v8::Boolean::New(isolate, thread.is_main_thread))
      .Check();
  exports
      ->CreateDataProperty(context, realm.Name("threadId"),
                           v8::Integer::New(isolate, thread.thread_id))
      .Check();
}

}  // namespace modules

namespace bindings {
BINDING_REGISTER(worker, modules::Worker::Initialize);
}  // namespace bindings
