#include "stdio/terminal_modes.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <initializer_list>

namespace modules {
namespace {

struct termios saved_modes;
bool saved = false;
std::atomic<bool> restored{false};  // lock-free: read and set in a signal handler

// Node's default for these two signals: restore the terminal, then die of
// the signal (SA_RESETHAND has put the default action back), so that the
// parent sees "terminated by SIGTERM" as it would without this handler.
void RestoreAndDie(int signal_number) {
  RestoreTerminalModes();
  raise(signal_number);
}

}  // namespace

void SaveTerminalModes() {
  if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_modes) != 0) return;
  saved = true;
  std::atexit(RestoreTerminalModes);
  for (int signal_number : {SIGINT, SIGTERM}) {
    struct sigaction action = {};
    action.sa_handler = RestoreAndDie;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, nullptr);
  }
}

void RestoreTerminalModes() {
  if (!saved || restored.exchange(true)) return;
  // TCSANOW: at once; a process ending has no more output to wait for.
  while (tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes) != 0 && errno == EINTR) {
  }
}

}  // namespace modules
