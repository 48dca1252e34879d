#include "repl_tty.h"

#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <iterator>

#include "console.h"

namespace loop {
namespace {

// Signals that end the process while the terminal is raw. Ctrl-C no longer
// sends SIGINT in raw mode, but `kill -INT` still can.
constexpr int kFatalSignals[] = {SIGTERM, SIGHUP, SIGINT};
struct sigaction saved_actions[std::size(kFatalSignals)];

// Restores the terminal, then dies of the signal as if nobody had caught it
// (the shell sees "terminated by SIGTERM"). Only async-signal-safe calls:
// uv_tty_reset_mode is documented as one.
void RestoreTerminalAndDie(int signal_number) {
  uv_tty_reset_mode();
  struct sigaction default_action = {};
  default_action.sa_handler = SIG_DFL;
  sigaction(signal_number, &default_action, nullptr);
  raise(signal_number);  // delivered when this handler returns
}

template <typename Handle>
void CloseAndDelete(Handle* handle) {
  uv_close(reinterpret_cast<uv_handle_t*>(handle),
           [](uv_handle_t* closed) { delete reinterpret_cast<Handle*>(closed); });
}

}  // namespace

TerminalRepl::TerminalRepl(Runtime& runtime)
    : runtime_(runtime),
      session_(runtime.engine()),
      stdin_(new uv_tty_t),
      redraw_(new uv_prepare_t) {
  // libuv reopens the terminal for this handle, so raw mode and non-blocking
  // reads do not leak into other processes sharing it.
  uv_tty_init(runtime.uv_loop(), stdin_, STDIN_FILENO, /*readable=*/1);
  stdin_->data = this;
  uv_tty_set_mode(stdin_, UV_TTY_MODE_RAW);
  for (size_t i = 0; i < std::size(kFatalSignals); i++) {
    struct sigaction action = {};
    action.sa_handler = RestoreTerminalAndDie;
    sigaction(kFatalSignals[i], &action, &saved_actions[i]);
  }

  uv_prepare_init(runtime.uv_loop(), redraw_);
  redraw_->data = this;
  uv_prepare_start(redraw_, OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(redraw_));  // the terminal keeps the loop alive, not this

  engine::SetBeforeWrite([this] { HidePrompt(); });
  runtime.SetUncaughtHandler([this](v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
    OnUncaught(error, message);
  });
}

TerminalRepl::~TerminalRepl() {
  runtime_.SetUncaughtHandler({});
  engine::SetBeforeWrite({});
  uv_read_stop(reinterpret_cast<uv_stream_t*>(stdin_));
  uv_tty_reset_mode();
  for (size_t i = 0; i < std::size(kFatalSignals); i++) {
    sigaction(kFatalSignals[i], &saved_actions[i], nullptr);
  }
  CloseAndDelete(stdin_);
  CloseAndDelete(redraw_);
  std::fflush(stdout);
}

int TerminalRepl::Run() {
  uv_read_start(reinterpret_cast<uv_stream_t*>(stdin_), OnAllocate, OnRead);
  ShowPrompt();
  // The loop of stage 02, unchanged: the terminal is one more ref'd handle,
  // so it turns until the session ends the program.
  return runtime_.RunLoop();
}

void TerminalRepl::OnAllocate(uv_handle_t* handle, size_t, uv_buf_t* buffer) {
  TerminalRepl& self = *static_cast<TerminalRepl*>(handle->data);
  *buffer = uv_buf_init(self.read_buffer_, sizeof(self.read_buffer_));
}

void TerminalRepl::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buffer) {
  TerminalRepl& self = *static_cast<TerminalRepl*>(stream->data);
  if (nread < 0) {  // the terminal is gone
    self.End("\n");
    return;
  }
  // A read may hold many keys (a paste, or keys typed while an input ran).
  for (ssize_t i = 0; i < nread && !self.ended_ && !self.runtime_.exiting(); i++) {
    self.OnKey(self.editor_.Feed(buffer->base[i]));
  }
  if (!self.ended_ && !self.runtime_.exiting()) self.ShowPrompt();
}

void TerminalRepl::OnPrepare(uv_prepare_t* handle) {
  TerminalRepl& self = *static_cast<TerminalRepl*>(handle->data);
  // Just before the loop sleeps: if a callback's output erased the prompt,
  // draw it again below that output.
  if (!self.prompt_shown_ && !self.ended_ && !self.runtime_.exiting()) self.ShowPrompt();
}

void TerminalRepl::OnKey(LineEditor::Event event) {
  bool exit_hint_shown = exit_hint_shown_;
  exit_hint_shown_ = false;  // any other key disarms the second Ctrl-C
  switch (event) {
    case LineEditor::Event::kEdited:
      break;  // drawn once the keys of this read are done
    case LineEditor::Event::kLine:
      Submit();
      break;
    case LineEditor::Event::kEndOfInput:
      End("\n");
      break;
    case LineEditor::Event::kInterrupt:
      Interrupt(exit_hint_shown);
      break;
  }
}

void TerminalRepl::Submit() {
  // What was typed stays on the screen; the input's output goes below it.
  Write(editor_.Render(session_.prompt()) + "\n");
  prompt_shown_ = false;
  engine::ReplSession::Reply reply = session_.TakeLine(editor_.TakeLine());
  Write(reply.text);
  if (reply.exit) {
    End("");
    return;
  }
  // As after any callback from the loop: nextTicks and microtasks run now.
  runtime_.task_queues().Drain();
}

void TerminalRepl::Interrupt(bool exit_hint_shown) {
  if (!editor_.line().empty() || session_.continuing()) {
    // Ctrl-C abandons what is being typed: it stays visible, a fresh prompt
    // comes below it, as in Node.
    Write(editor_.Render(session_.prompt()) + "\n");
    prompt_shown_ = false;
    editor_.Clear();
    session_.Break();
  } else if (exit_hint_shown) {
    End("\n");
  } else {
    Write("\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n");
    prompt_shown_ = false;
    exit_hint_shown_ = true;
  }
}

void TerminalRepl::End(const char* last_words) {
  Write(last_words);
  prompt_shown_ = false;
  ended_ = true;
  // Node's REPL calls process.exit() when it closes: what is still pending
  // (timers, sockets) does not keep the program alive.
  runtime_.Exit(runtime_.process().exit_code());
}

void TerminalRepl::OnUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  HidePrompt();
  Write(session_.FormatUncaught(error, message, /*from_input=*/false));
}

void TerminalRepl::ShowPrompt() {
  Write(editor_.Render(session_.prompt()));
  prompt_shown_ = true;
}

void TerminalRepl::HidePrompt() {
  if (!prompt_shown_) return;
  Write("\r\x1b[K");  // to the start of the row, erase it
  prompt_shown_ = false;
}

void TerminalRepl::Write(const std::string& text) {
  // Through stdout's buffer, as console.log writes, so that the two keep
  // their order.
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

int RunTerminalRepl(Runtime& runtime) {
  if (uv_guess_handle(STDIN_FILENO) != UV_TTY) {
    engine::WriteStderr("the REPL needs a terminal on stdin\n");
    return 1;
  }
  TerminalRepl repl(runtime);
  return repl.Run();
}

}  // namespace loop
