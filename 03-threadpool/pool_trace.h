/// \file
/// --trace-loop, continued: what the thread pool does, on stderr.
///
///     [pool] job 1 queued: readFile 'a.txt' (1 in flight)
///     [pool]   worker 1 starts job 1: readFile 'a.txt'      (a worker thread)
///     [pool]   worker 1 finished job 1 in 0.2 ms            (a worker thread)
///     [loop] iteration 1
///     [loop]   poll    wait for I/O, with no timer to wake it
///     [loop]   poll    job 1 done: readFile 'a.txt' -> callback show (a.js:3)
///     [loop]   drain: 0 nextTicks, 1 microtask
///     [pool] readFile 'b.txt' ran on the loop thread in 0.1 ms (a *Sync call)
///
/// The worker lines come from the worker threads themselves, so they land
/// among the loop's lines wherever the threads' timing puts them: that is
/// the point, the two run at the same time. Workers are numbered by this
/// runtime in the order they first take a job (libuv does not name them).
///
/// A job's completion reaches the loop in the **poll** phase: libuv's
/// workers hand finished requests back through a uv_async_t, whose wake-up
/// poll sees like any other I/O. A job that needed no thread is delivered by
/// the nextTick queue instead, and its line says `tick`. Each line is written
/// with one call under a mutex, so lines from different threads never mix.
///
/// With --trace-loop=chrome:FILE the same events go to stage 02's Chrome
/// trace: each job is a slice on its worker's track (from the moment the
/// worker takes it to the moment it finishes), its delivery a callback
/// slice in the loop's poll phase, a *Sync call a slice on the loop's track.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>

#include "loop_trace.h"

namespace pool {

class PoolTrace {
 public:
  explicit PoolTrace(loop::LoopTrace& loop_trace)
      : enabled_(loop_trace.enabled()), loop_trace_(loop_trace), chrome_(loop_trace.chrome()) {}

  bool enabled() const { return enabled_; }

  void Queued(uint64_t job, const std::string& what, size_t in_flight);
  /// No thread needed (Job::NeedsPool() is false): done on the loop thread.
  void RunsHere(uint64_t job, const std::string& what);
  /// On a worker thread.
  void Started(uint64_t job, int worker, const std::string& what);
  /// On a worker thread.
  void Finished(uint64_t job, int worker, const std::string& what, double milliseconds);
  /// A *Sync call starts its job on the loop thread, which waits meanwhile.
  void RunningHere(const std::string& what);
  /// ... and the call is done.
  void RanHere(const std::string& what, double milliseconds);
  /// On the loop thread, as the outcome goes to JavaScript.
  void Delivered(uint64_t job, const std::string& what, const std::string& to, bool on_next_tick);
  /// At exit, before waiting for the jobs still in flight.
  void Draining(size_t in_flight);
  void Cancelled(uint64_t job, const std::string& what);

 private:
  void Line(const std::string& text);

  const bool enabled_;
  loop::LoopTrace& loop_trace_;
  loop::ChromeTrace* const chrome_;  ///< null for the text trace
  std::mutex mutex_;
};

}  // namespace pool
