/// \file
/// The terminal's modes, given back on every way out of the process. (Node:
/// src/node.cc, the stdio state saved at start-up and ResetStdio at exit and
/// in the SIGINT/SIGTERM handlers.)
///
/// A terminal's modes (termios: line editing, echo, Ctrl-C as SIGINT) belong
/// to the terminal, not to the process: the REPL, or any script that calls
/// process.stdin.setRawMode(true), puts it in raw mode, and a process that
/// ends without undoing that leaves the user's shell echoing nothing and
/// reading no lines. So the modes of stdin's terminal are read once, before
/// any JavaScript runs, and written back once, whichever way the process
/// goes:
///
///     main() returns (.exit, Ctrl-D, process.exit(), an uncaught error,
///       the loop running dry)         --> std::atexit handler
///     SIGINT or SIGTERM with no listener --> a signal handler, which then
///                                            dies of the signal as before
///
/// Writing them back with tcsetattr() on fd 0 works whatever libuv did: its
/// uv_tty_t reads the terminal through a second fd that it opened and that
/// is closed by the time the process exits, so uv_tty_reset_mode() (which
/// uses that fd) can no longer reach the terminal then; fd 0 stays open.
/// A 'SIGINT' or 'SIGTERM' listener (process.on) replaces the handler with
/// libuv's while it is installed: then the signal is the program's to handle.
#pragma once

namespace modules {

/// Remembers stdin's terminal modes, if stdin is a terminal, and installs
/// the exit and signal handlers that restore them. Call once, at start-up.
void SaveTerminalModes();

/// Writes the remembered modes back to stdin's terminal: the first call
/// does, later ones do nothing. Only async-signal-safe calls, so that a
/// signal handler may use it.
void RestoreTerminalModes();

}  // namespace modules
