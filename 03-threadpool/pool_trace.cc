#include "pool_trace.h"

#include <cstdio>

#include "console.h"

namespace pool {

void PoolTrace::Line(const std::string& text) {
  if (chrome_ != nullptr) return;  // the Chrome trace has its own events
  std::lock_guard<std::mutex> lock(mutex_);
  engine::WriteStderr(text + "\n");
}

void PoolTrace::Queued(uint64_t job, const std::string& what, size_t in_flight) {
  if (!enabled_) return;
  Line("[pool] job " + std::to_string(job) + " queued: " + what + " (" + std::to_string(in_flight) +
       " in flight)");
  if (chrome_ != nullptr) {
    chrome_->Instant(loop_trace_.track(), "queue job " + std::to_string(job) + ": " + what,
                     "\"in_flight\":" + std::to_string(in_flight));
  }
}

void PoolTrace::RunsHere(uint64_t job, const std::string& what) {
  if (!enabled_) return;
  Line("[pool] job " + std::to_string(job) + " needs no thread: " + what +
       " (done now, delivered on the next tick)");
  if (chrome_ != nullptr) {
    chrome_->Instant(loop_trace_.track(),
                     "job " + std::to_string(job) + " needs no thread: " + what);
  }
}

void PoolTrace::Started(uint64_t job, int worker, const std::string& what) {
  if (!enabled_) return;
  Line("[pool]   worker " + std::to_string(worker) + " starts job " + std::to_string(job) + ": " +
       what);
  if (chrome_ != nullptr) {
    int track = loop::ChromeTrace::PoolTrack(worker);
    chrome_->NameTrack(track, "pool worker " + std::to_string(worker));
    chrome_->Begin(track, "job " + std::to_string(job) + ": " + what);
  }
}

void PoolTrace::Finished(uint64_t job, int worker, const std::string& what, double milliseconds) {
  if (!enabled_) return;
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.3g ms", milliseconds);
  Line("[pool]   worker " + std::to_string(worker) + " finished job " + std::to_string(job) +
       " in " + duration);
  if (chrome_ != nullptr) {
    chrome_->End(loop::ChromeTrace::PoolTrack(worker), "job " + std::to_string(job) + ": " + what);
  }
}

void PoolTrace::RunningHere(const std::string& what) {
  if (chrome_ != nullptr) chrome_->Begin(loop_trace_.track(), what + " (a *Sync call)");
}

void PoolTrace::RanHere(const std::string& what, double milliseconds) {
  if (!enabled_) return;
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.3g ms", milliseconds);
  Line("[pool] " + what + " ran on the loop thread in " + duration + " (a *Sync call)");
  if (chrome_ != nullptr) chrome_->End(loop_trace_.track(), what + " (a *Sync call)");
}

void PoolTrace::Delivered(uint64_t job, const std::string& what, const std::string& to,
                          bool on_next_tick) {
  if (!enabled_) return;
  // The same columns as stage 02's "[loop]   timers   ..." lines.
  std::string phase = on_next_tick ? "tick    " : "poll    ";
  Line("[loop]   " + phase + "job " + std::to_string(job) + " done: " + what + " -> " + to);
  if (chrome_ == nullptr) return;
  std::string name = "job " + std::to_string(job) + " done: " + what + " -> " + to;
  if (on_next_tick) {
    chrome_->Instant(loop_trace_.track(), name + " (on a tick)");
  } else {
    loop_trace_.BeginCallback(loop::LoopTrace::Phase::kPoll, name);
  }
}

void PoolTrace::Draining(size_t in_flight) {
  if (!enabled_) return;
  Line("[pool] the program ends with " + std::to_string(in_flight) +
       " job(s) in flight: cancel the queued ones, wait for the running ones");
  if (chrome_ != nullptr) {
    chrome_->Instant(loop_trace_.track(),
                     "exit with " + std::to_string(in_flight) + " job(s) in flight");
  }
}

void PoolTrace::Cancelled(uint64_t job, const std::string& what) {
  if (!enabled_) return;
  Line("[pool] job " + std::to_string(job) + " cancelled before it started: " + what);
  if (chrome_ != nullptr) {
    chrome_->Instant(loop_trace_.track(), "job " + std::to_string(job) + " cancelled: " + what);
  }
}

}  // namespace pool
