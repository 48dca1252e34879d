#include "repl.h"

#include <unistd.h>

#include <iostream>
#include <string>

#include "repl_session.h"

namespace engine {

int RunRepl(Engine& engine, std::istream& in, std::ostream& out, bool prompts) {
  ReplSession session(engine);
  std::string line;
  while (true) {
    if (prompts) out << session.prompt() << std::flush;
    if (!std::getline(in, line)) break;  // Ctrl-D
    ReplSession::Reply reply = session.TakeLine(line);
    out << reply.text << std::flush;
    if (reply.exit) return 0;
  }
  if (prompts) out << "\n";
  return 0;
}

int RunRepl(Engine& engine) {
  return RunRepl(engine, std::cin, std::cout, isatty(STDIN_FILENO) == 1);
}

}  // namespace engine
