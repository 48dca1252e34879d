#include "platform_tasks.h"

#include <libplatform/libplatform.h>

#include "platform.h"
#include "runtime.h"

namespace loop {

void PlatformTasks::Start() {
  uv_check_init(runtime_.uv_loop(), &check_handle_);
  check_handle_.data = this;
  uv_check_start(&check_handle_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_handle_));
  handle_open_ = true;
}

void PlatformTasks::Close() {
  if (!handle_open_) return;
  handle_open_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&check_handle_), nullptr);
}

void PlatformTasks::OnCheck(uv_check_t* handle) {
  static_cast<PlatformTasks*>(handle->data)->RunPendingTasks();
}

bool PlatformTasks::RunPendingTasks() {
  v8::Platform* platform = engine::V8Process::CurrentPlatform();
  if (platform == nullptr || runtime_.exiting()) return false;
  v8::HandleScope handle_scope(runtime_.isolate());
  bool ran = false;
  while (v8::platform::PumpMessageLoop(platform, runtime_.isolate(),
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
    ran = true;
  }
  // A task may have called JavaScript (a FinalizationRegistry callback):
  // what it queued runs now, as after any callback from the loop.
  if (ran) runtime_.task_queues().Drain();
  return ran;
}

}  // namespace loop
