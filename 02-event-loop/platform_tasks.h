/// \file
/// V8's own tasks for the main thread, run by the loop.
///
/// V8 does some of its work later, as *tasks* it posts to the platform
/// (platform.h in stage 01): finishing a garbage collection step, calling a
/// FinalizationRegistry's cleanup callback after its objects were collected,
/// tiering up a hot function. Tasks for worker threads run on the platform's
/// own threads; tasks for the *main thread* (foreground tasks) wait in a
/// queue until the embedder runs them, because only the embedder knows when
/// the main thread is free. Stage 01 never was: a script ran and the process
/// ended. Here the loop is the main thread's idle time, so it pumps V8's
/// queue once per iteration (v8::platform::PumpMessageLoop), in the check
/// phase, and drains nextTicks and microtasks after a task that ran
/// JavaScript, as after any callback.
///
/// When the loop runs out of work, the runtime pumps once more, as Node does
/// before it exits: a collection at the very end still calls its cleanup
/// callbacks, and if they schedule something, the loop goes on.
///
/// Node does the same with a platform of its own that also wakes the loop
/// when a task is posted; this one relies on the loop turning for another
/// reason, and its handle is unref'd: V8's tasks never keep a process alive.
#pragma once

#include <uv.h>

namespace loop {

class Runtime;

class PlatformTasks {
 public:
  explicit PlatformTasks(Runtime& runtime) : runtime_(runtime) {}

  /// Starts the check handle that pumps V8's foreground task queue.
  void Start();
  /// uv_close()s the handle.
  void Close();

  /// Runs every task V8 has queued for the main thread, then drains nextTicks
  /// and microtasks if any task ran. Returns whether one ran: when the loop
  /// has ended, such a task may have scheduled more work for it.
  bool RunPendingTasks();

 private:
  static void OnCheck(uv_check_t* handle);

  Runtime& runtime_;
  uv_check_t check_handle_;
  bool handle_open_ = false;
};

}  // namespace loop
