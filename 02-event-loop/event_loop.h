/// \file
/// The libuv loop this runtime owns, and its three rules of life.
///
/// libuv (the C library under Node) runs a loop in *phases*; each turn is one
/// *iteration*. The phases, with what this runtime does in each, are drawn
/// once, in the chapter (02-event-loop/README.md, "The loop, one
/// iteration"). What this class keeps is the loop's rules of life:
///
/// 1. *Alive*: the loop turns while at least one **referenced** active handle
///    or request exists. uv_unref() a handle and it no longer counts: that is
///    how `timeout.unref()` lets the process exit.
/// 2. *Stop*: uv_stop() ends the current uv_run() after this iteration
///    (process.exit() and fatal errors use it).
/// 3. *Close*: a handle is freed only after uv_close() and its close callback,
///    which runs in a later close phase; uv_loop_close() fails with UV_EBUSY
///    while any handle is still open. So teardown is: close every handle, run
///    the loop once more so the close callbacks run, then close the loop.
#pragma once

#include <uv.h>

namespace loop {

class EventLoop {
 public:
  EventLoop();
  /// Closes the loop (call CloseAndDrain() first); a handle still open here is
  /// a bug in this program, reported on stderr.
  ~EventLoop();

  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  uv_loop_t* get() { return &loop_; }

  /// uv_run(UV_RUN_DEFAULT): turns until nothing referenced is left, or until
  /// Stop(). Returns true if something is still alive (it was stopped).
  bool Run();
  /// Ends the current Run() after the iteration in progress.
  void Stop();

  /// Runs the close callbacks of handles already given to uv_close(), then
  /// closes the loop. Returns uv_loop_close()'s result: 0, or UV_EBUSY if some
  /// handle was never closed.
  int CloseAndDrain();

 private:
  uv_loop_t loop_;
  bool closed_ = false;
};

}  // namespace loop
