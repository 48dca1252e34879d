#include "loop_trace.h"

#include <cstdio>

#include "console.h"
#include "engine.h"
#include "runtime.h"

namespace loop {
namespace {

const char* PhaseName(LoopTrace::Phase phase) {
  switch (phase) {
    case LoopTrace::Phase::kTimers:
      return "timers  ";
    case LoopTrace::Phase::kPending:
      return "pending ";
    case LoopTrace::Phase::kIdle:
      return "idle    ";
    case LoopTrace::Phase::kPrepare:
      return "prepare ";
    case LoopTrace::Phase::kPoll:
      return "poll    ";
    case LoopTrace::Phase::kCheck:
      return "check   ";
    case LoopTrace::Phase::kClose:
      return "close   ";
  }
  return "";
}

std::string Plural(size_t count, const char* noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

/// The phase's name without the text trace's padding: "timers".
std::string SliceName(LoopTrace::Phase phase) {
  std::string name = PhaseName(phase);
  return name.substr(0, name.find(' '));
}

}  // namespace

LoopTrace::LoopTrace(bool enabled, const std::string& value) : enabled_(enabled) {
  const std::string chrome = "chrome:";
  if (!enabled_ || value.rfind(chrome, 0) != 0) return;
  chrome_ = ChromeTrace::Open(value.substr(chrome.size()));
  if (!chrome_) {
    enabled_ = false;  // the message is out; the program runs untraced
    return;
  }
  track_ = chrome_->NewLoopTrack();
  chrome_->NameTrack(track_, track_ == 1
                                 ? "event loop (main thread)"
                                 : "event loop (worker " + std::to_string(track_ - 1) + ")");
  Open(Level::kCallback, track_ == 1 ? "main script" : "worker script");
}

engine::StageInfo::Flag LoopTrace::Flag(const std::string& help) {
  return {"--trace-loop",
          help + "; =chrome:FILE writes a Chrome trace to FILE instead",
          {"chrome:*"},
          /*value_optional=*/true};
}

void LoopTrace::Open(Level level, const std::string& name, const std::string& args) {
  chrome_->Begin(track_, name, args);
  open_.emplace_back(level, name);
}

void LoopTrace::CloseTo(Level level, const std::string& args) {
  while (!open_.empty() && open_.back().first >= level) {
    // Arguments on an "E" event are added to its slice's.
    chrome_->End(track_, open_.back().second, open_.back().first == level ? args : "");
    open_.pop_back();
  }
  drain_open_ = false;
}

std::string LoopTrace::Describe(v8::Local<v8::Function> function) {
  v8::Isolate* isolate = function->GetIsolate();
  std::string name = engine::ToUtf8(isolate, function->GetDebugName());
  if (name.empty()) name = "(anonymous)";
  std::string file = engine::ToUtf8(isolate, function->GetScriptOrigin().ResourceName());
  file = file.substr(file.find_last_of('/') + 1);
  int line = function->GetScriptLineNumber();
  if (file.empty() || line < 0) return name;
  return name + " (" + file + ":" + std::to_string(line + 1) + ")";
}

std::string LoopTrace::Milliseconds(double ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%g ms", ms);
  return text;
}

void LoopTrace::Start(uv_loop_t* loop, v8::Isolate* isolate) {
  if (!enabled_) return;
  loop_ = loop;
  uv_prepare_init(loop, &prepare_handle_);
  prepare_handle_.data = this;
  prepare_open_ = true;
  uv_prepare_start(&prepare_handle_, OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_handle_));
  uv_check_init(loop, &check_handle_);
  check_handle_.data = this;
  uv_check_start(&check_handle_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_handle_));
  isolate->SetPromiseHook(OnPromiseHook);
}

void LoopTrace::Close(v8::Isolate* isolate) {
  if (!prepare_open_) return;
  prepare_open_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_handle_), nullptr);
  isolate->SetPromiseHook(nullptr);
}

void LoopTrace::Line(const std::string& text) {
  if (chrome_) return;  // the Chrome trace has its own events
  engine::WriteStderr("[" + label_ + "] " + text + "\n");
}

void LoopTrace::Enter(Phase phase, Phase shown, bool again) {
  if (!in_loop_) return;
  // Timers, poll (every socket or request that is ready: stage 04's
  // callbacks), check and close may run several callbacks in one phase; the
  // other phases come once per iteration, except for events (`again`).
  bool repeats = again || phase == Phase::kTimers || phase == Phase::kPoll ||
                 phase == Phase::kCheck || phase == Phase::kClose;
  bool new_iteration = phase < last_phase_ || (phase == last_phase_ && !repeats);
  bool new_phase = new_iteration || phase != last_phase_;
  if (new_iteration) Line("iteration " + std::to_string(++iteration_));
  last_phase_ = phase;
  if (!chrome_) return;
  if (new_iteration) {
    CloseTo(Level::kIteration);
    Open(Level::kIteration, "iteration " + std::to_string(iteration_));
  }
  if (new_phase) {
    CloseTo(Level::kPhase);
    Open(Level::kPhase, SliceName(shown));
  }
}

void LoopTrace::LoopStarts() {
  if (!enabled_) return;
  in_loop_ = true;
  last_phase_ = Phase::kClose;
}

void LoopTrace::MainScriptDone() {
  if (!enabled_) return;
  Line("main script done");
}

void LoopTrace::Callback(Phase phase, const std::string& what, v8::Local<v8::Function> function) {
  if (!enabled_) return;
  Enter(phase);
  Line(std::string("  ") + PhaseName(phase) + what + " -> " + Describe(function));
  if (chrome_) {
    CloseTo(Level::kCallback);
    Open(Level::kCallback, what + " -> " + Describe(function));
  }
}

void LoopTrace::BeginCallback(Phase phase, const std::string& what) {
  if (!chrome_) return;
  // One poll may deliver several completions: they share its slice (only
  // the prepare handle, just before poll, starts a new one).
  Enter(phase, phase, /*again=*/true);
  CloseTo(Level::kCallback);
  Open(Level::kCallback, what);
}

void LoopTrace::IoCallback(const std::string& what) {
  // libuv runs the I/O callbacks it deferred (pending) before idle and
  // prepare, and the others inside poll: after our prepare handle, before
  // our check handle.
  BeginCallback(in_poll_ ? Phase::kPoll : Phase::kPending, what);
}

void LoopTrace::DrainStarts() {
  if (!chrome_ || drain_open_) return;
  // The callback (or main script) returned: its slice ends, the drain's begins.
  CloseTo(Level::kCallback);
  Open(Level::kCallback, "drain");
  drain_open_ = true;
}

void LoopTrace::Event(Phase phase, const std::string& text) {
  if (!enabled_) return;
  Enter(phase, phase, /*again=*/true);
  Line(std::string("  ") + PhaseName(phase) + text);
}

void LoopTrace::Idle(size_t waiting) {
  if (!enabled_) return;
  Enter(Phase::kIdle);
  Line(std::string("  ") + PhaseName(Phase::kIdle) + Plural(waiting, "immediate") +
       " waiting: poll must not block");
  if (chrome_) {
    chrome_->Instant(track_, Plural(waiting, "immediate") + " waiting: poll must not block");
  }
}

void LoopTrace::DrainDone() {
  if (!enabled_) return;
  if (ticks_ + microtasks_ > 0) {
    Line("  drain: " + Plural(ticks_, "nextTick") + ", " + Plural(microtasks_, "microtask"));
  }
  if (chrome_) {
    std::string counts = "\"nextTicks\":" + std::to_string(ticks_) +
                         ",\"microtasks\":" + std::to_string(microtasks_);
    if (drain_open_) {
      CloseTo(Level::kCallback, counts);
    } else if (ticks_ + microtasks_ > 0) {  // a second round (see TaskQueues::Drain)
      chrome_->Instant(track_, "drain", counts);
    }
  }
  ticks_ = microtasks_ = 0;
}

void LoopTrace::OnPrepare(uv_prepare_t* handle) {
  LoopTrace& self = *static_cast<LoopTrace*>(handle->data);
  self.in_poll_ = true;
  self.Enter(Phase::kPrepare, Phase::kPoll);
  self.last_phase_ = Phase::kPoll;
  int timeout = uv_backend_timeout(self.loop_);
  std::string wait = timeout == 0 ? "no wait"
                     : timeout < 0
                         ? "wait for I/O, with no timer to wake it"
                         : "wait up to " + std::to_string(timeout) + " ms, for the next timer";
  self.Line(std::string("  ") + PhaseName(Phase::kPoll) + wait);
  if (self.chrome_) self.chrome_->Instant(self.track_, "poll: " + wait);
}

void LoopTrace::OnCheck(uv_check_t* handle) {
  static_cast<LoopTrace*>(handle->data)->in_poll_ = false;
}

void LoopTrace::OnPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> /*promise*/,
                              v8::Local<v8::Value> /*parent*/) {
  if (type != v8::PromiseHookType::kBefore) return;
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  Runtime::GetCurrent(isolate).trace().CountMicrotask();
}

void LoopTrace::LoopEnded(int exit_code) {
  if (!enabled_) return;
  Line("nothing ref'd is left: the loop ends (exit code " + std::to_string(exit_code) + ")");
  if (chrome_) {
    CloseTo(Level::kIteration);
    chrome_->Instant(track_, "loop ends (exit code " + std::to_string(exit_code) + ")");
  }
}

void LoopTrace::Exiting(int exit_code) {
  if (!enabled_) return;
  Line("exit requested: the loop stops (exit code " + std::to_string(exit_code) + ")");
  if (chrome_) {
    CloseTo(Level::kIteration);
    chrome_->Instant(track_, "exit requested (exit code " + std::to_string(exit_code) + ")");
  }
}

void LoopTrace::Closed(int loop_close_result) {
  if (!enabled_) return;
  if (chrome_) CloseTo(Level::kIteration);  // whatever an early exit left open
  Line(std::string("handles closed; uv_loop_close() = ") + std::to_string(loop_close_result) +
       (loop_close_result == 0 ? "" : std::string(" (") + uv_strerror(loop_close_result) + ")"));
}

}  // namespace loop
