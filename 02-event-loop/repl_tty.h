/// \file
/// The REPL of stage 02 on: the prompt is one more handle on the loop.
/// (Node: lib/repl.js over lib/readline.js over a tty.ReadStream.)
///
/// Stage 01's REPL blocks the thread on stdin, which is fine where nothing
/// else could run. Here a timer set at the prompt must fire while the prompt
/// waits, so stdin is read the way the loop reads everything: a **uv_tty_t**
/// handle whose read callback libuv calls from the poll phase when keys
/// arrive. While the REPL is open that handle is ref'd and active, so the loop
/// never runs dry; between keys the loop sleeps in poll, woken just as well
/// by a due timer, an immediate or a finished pool job:
///
///     uv_run: timers ─> prepare ─> poll (keys? sockets? wait until the next timer) ─> check
///                ^         │          │
///                │   redraw the       └─> OnRead: a key edits the line; Enter hands it
///                │   prompt if output      to the session (01's ReplSession), which
///                │   erased it             evaluates it; then the drain, as after any callback
///
/// - **Raw mode** (uv_tty_set_mode): the terminal stops editing lines and
///   stops turning Ctrl-C into SIGINT; each key comes as it is pressed, and
///   editing is the program's job (line_editor.h). Output keeps its "\n" to
///   "\r\n" translation, so console.log works unchanged.
/// - **Output while the prompt waits.** Before a callback writes (console,
///   or an uncaught error), a hook on stage 01's console writes erases the
///   prompt line; a uv_prepare_t handle, which runs just before the loop
///   sleeps, draws the prompt again, with what was typed, below the output.
///   (Node's REPL leaves the output after the prompt, "> abctimer fired", and
///   draws nothing until the next key; this one redraws at once.)
/// - **Uncaught errors** in callbacks are printed ("Uncaught Error: x") and
///   the session goes on, as in Node's REPL, through the Runtime's
///   uncaught-exception handler.
/// - **The terminal is restored on every way out**: `.exit`, Ctrl-D, a second
///   Ctrl-C, process.exit() from an input or a callback (all end uv_run, then
///   the destructor restores), and SIGTERM/SIGHUP, whose handler restores the
///   mode with uv_tty_reset_mode (safe in a signal handler) and dies of the
///   signal as before.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>

#include "line_editor.h"
#include "repl_session.h"
#include "runtime.h"

namespace loop {

class TerminalRepl {
 public:
  /// Opens stdin (which must be a terminal) as a uv_tty_t in raw mode.
  explicit TerminalRepl(Runtime& runtime);
  /// Restores the terminal and closes the handles.
  ~TerminalRepl();

  TerminalRepl(const TerminalRepl&) = delete;
  TerminalRepl& operator=(const TerminalRepl&) = delete;

  /// Runs the loop with the prompt until the session ends; returns the exit
  /// code (process.exitCode, or what process.exit() asked for).
  int Run();

 private:
  static void OnAllocate(uv_handle_t* handle, size_t suggested_size, uv_buf_t* buffer);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buffer);
  static void OnPrepare(uv_prepare_t* handle);

  void OnKey(LineEditor::Event event);
  void Submit();
  /// Ctrl-C: clears the line, or (on an empty one) says how to leave, or
  /// (right after saying so) leaves.
  void Interrupt(bool exit_hint_shown);
  /// The session is over: ends the program as process.exit() would.
  void End(const char* last_words);
  void OnUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message);

  void ShowPrompt();
  void HidePrompt();
  void Write(const std::string& text);

  Runtime& runtime_;
  engine::ReplSession session_;
  LineEditor editor_;
  // On the heap: a handle's memory must live until its close callback, which
  // runs when the Runtime drains the loop, after this object is gone.
  uv_tty_t* stdin_;
  uv_prepare_t* redraw_;
  char read_buffer_[1024];
  bool prompt_shown_ = false;
  bool ended_ = false;
  bool exit_hint_shown_ = false;  ///< the last key was Ctrl-C on an empty line
};

/// Runs the REPL on the terminal: a TerminalRepl's whole life.
int RunTerminalRepl(Runtime& runtime);

}  // namespace loop
