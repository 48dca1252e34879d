/// \file
/// Worker: a second isolate on a second thread, with the whole runtime of
/// this stage bootstrapped in it. (Node: src/node_worker.h.)
///
/// What a worker shares with the thread that made it, and what it owns:
///
///     the process ── the V8 platform (engine::V8Process: one per process)
///        │        ── libuv's thread pool (one per process)
///        │        ── file descriptors, the environment, the working folder
///        ├─ main thread:  Engine, Runtime (loop), ThreadPool, Realm, Bootstrap
///        └─ worker thread: its own Engine, Runtime, ThreadPool, Realm, Bootstrap
///
/// The parent holds a Worker object: a HandleWrap over a uv_async_t on the
/// parent's loop that the worker thread signals once, when it has torn
/// everything down. Its callback joins the thread and calls `onexit(code)`
/// in JavaScript. Until then the handle is ref'd and keeps the parent alive
/// (worker.unref() is uv_unref on it).
///
/// Messages do not go through this object: they travel on MessagePorts
/// (message_port.h) whose far ends the constructor takes from two
/// MessageChannels made in JavaScript, one for the worker's own control
/// messages (load the script, 'online', an uncaught error) and one that
/// becomes the worker's `parentPort`.
///
/// terminate() may come from the parent at any moment. It asks V8 to stop
/// the JavaScript running on the worker's thread (TerminateExecution, safe
/// from any thread: it stops even `while (true) {}`) and wakes the worker's
/// loop (uv_async_send) so that its Runtime ends with exit code 1.
#pragma once

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "builtins.h"
#include "command_line.h"
#include "handle_wrap.h"
#include "worker/message_port.h"

namespace loop {
class Runtime;
}

namespace modules {

class Worker : public bindings::HandleWrap {
 public:
  /// The binding's exports (binding_list.cc registers it as `worker`).
  static void Initialize(bindings::Realm& realm, v8::Local<v8::Object> exports);

  void OnRealmTeardown() override;

 private:
  Worker(bindings::Realm& realm, v8::Local<v8::Object> object, std::shared_ptr<PortData> control,
         std::shared_ptr<PortData> public_port, size_t max_old_generation_mb);

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void StartThread(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void StopThread(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetThreadId(const v8::FunctionCallbackInfo<v8::Value>& info);

  /// The body of the worker's thread; returns its exit code.
  static void ThreadMain(void* arg);
  int Run();
  /// Asks the worker to stop; any thread, any moment, any number of times.
  void Terminate();
  /// On the parent's loop: the worker thread has ended.
  static void OnExited(uv_async_t* async);
  /// V8, on the worker's thread: the heap is about to exceed its limit.
  static size_t OnNearHeapLimit(void* data, size_t current, size_t initial);
  static void OnStop(uv_async_t* async);

  uv_async_t exited_;  ///< on the parent's loop
  uv_thread_t thread_;
  bool thread_started_ = false;
  bool joined_ = false;

  // What the worker thread starts from: copies, never the parent's objects.
  engine::CommandLine command_line_;
  const engine::StageInfo& stage_;               ///< main()'s, alive for the whole process
  std::vector<bindings::BindingList> bindings_;  ///< the parent's stages' lists
  BuiltinLoader loader_;
  std::shared_ptr<PortData> control_;
  std::shared_ptr<PortData> public_port_;
  size_t max_old_generation_mb_;
  int thread_id_;

  // Shared by both threads, under mutex_.
  std::mutex mutex_;
  bool stop_requested_ = false;
  loop::Runtime* runtime_ = nullptr;  ///< the worker's, while it can be stopped
  uv_async_t* stop_ = nullptr;        ///< on the worker's loop, while it runs
  int exit_code_ = 0;
  std::atomic<bool> out_of_memory_{false};
};

}  // namespace modules
