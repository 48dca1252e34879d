#include "event_loop.h"

#include <string>

#include "console.h"

namespace loop {

EventLoop::EventLoop() { uv_loop_init(&loop_); }

EventLoop::~EventLoop() {
  if (closed_) return;
  int result = CloseAndDrain();
  if (result != 0) {
    engine::WriteStderr(std::string("internal error: uv_loop_close: ") + uv_strerror(result) +
                        " (a handle was left open)\n");
  }
}

bool EventLoop::Run() { return uv_run(&loop_, UV_RUN_DEFAULT) != 0; }

void EventLoop::Stop() { uv_stop(&loop_); }

int EventLoop::CloseAndDrain() {
  // Handles given to uv_close() are freed by their close callbacks, in the
  // close phase of a turn. UV_RUN_NOWAIT never waits; up to two turns, because
  // a uv_stop() still pending makes the first uv_run() return at once.
  for (int turn = 0; turn < 2 && uv_loop_alive(&loop_); turn++) uv_run(&loop_, UV_RUN_NOWAIT);
  int result = uv_loop_close(&loop_);
  closed_ = result == 0;
  return result;
}

}  // namespace loop
