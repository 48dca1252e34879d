#include "repl.h"

#include <unistd.h>

#include <iostream>
#include <string>

#include "console.h"
#include "inspect/inspect.h"

namespace engine {
namespace {

enum class Outcome { kValue, kException, kIncomplete, kTerminated };

// A syntax error that more input could cure: the user is still typing.
bool IsIncomplete(v8::Isolate* isolate, const v8::TryCatch& try_catch) {
  std::string message = ToUtf8(isolate, try_catch.Message()->Get());
  return message.find("Unexpected end of input") != std::string::npos ||
         message.find("Unterminated template literal") != std::string::npos;
}

// Drops the stack frames of the REPL's own top level ("    at REPL3:1:1"):
// like Node, show only the frames inside the user's functions.
std::string WithoutTopLevelFrames(const std::string& text) {
  std::string kept;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line.rfind("    at REPL", 0) != 0) kept += (kept.empty() ? "" : "\n") + line;
    start = end + 1;
  }
  return kept;
}

Outcome Evaluate(Engine& engine, const std::string& code, int input_number, std::string* printed) {
  v8::Isolate* isolate = engine.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = engine.context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;

  // `{ a: 1 }` typed at a prompt means an object, not a block: try it as an
  // expression first, as Node's REPL does.
  bool looks_like_object = code.size() > 1 && code.front() == '{' && code.back() != ';';
  // Each input is a script of its own, named as Node names them: REPL1, ...
  std::string name = "REPL" + std::to_string(input_number);
  if (looks_like_object && engine.RunScript("(" + code + "\n)", name).ToLocal(&result)) {
    *printed = Inspect(context, result);
    return Outcome::kValue;
  }
  try_catch.Reset();
  if (engine.RunScript(code, name).ToLocal(&result)) {
    *printed = Inspect(context, result);
    return Outcome::kValue;
  }
  if (try_catch.HasTerminated()) return Outcome::kTerminated;  // nothing was thrown
  if (try_catch.HasCaught() && !try_catch.Message().IsEmpty() && IsIncomplete(isolate, try_catch)) {
    return Outcome::kIncomplete;
  }
  v8::Local<v8::Value> exception = try_catch.Exception();
  *printed = "Uncaught " + WithoutTopLevelFrames(Inspect(context, exception));
  return Outcome::kException;
}

}  // namespace

int RunRepl(Engine& engine, std::istream& in, std::ostream& out, bool prompts,
            const std::function<void()>& after_input,
            const std::function<std::optional<int>()>& exit_requested) {
  std::string pending;  // lines of an input that is not complete yet
  std::string line;
  int inputs = 0;
  while (true) {
    if (prompts) out << (pending.empty() ? "> " : "... ") << std::flush;
    if (!std::getline(in, line)) break;  // Ctrl-D
    if (pending.empty()) {
      if (line == ".exit") break;
      if (line == ".help") {
        out << ".break    Leave a multi-line input\n"
               ".exit     Exit the REPL\n"
               ".help     Print this help message\n";
        continue;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
    } else if (line == ".break") {
      pending.clear();
      continue;
    }
    pending += pending.empty() ? line : "\n" + line;

    std::string printed;
    Outcome outcome = Evaluate(engine, pending, ++inputs, &printed);
    if (outcome == Outcome::kIncomplete) continue;
    pending.clear();
    std::fflush(stdout);  // what console.log wrote comes before the result
    if (outcome != Outcome::kTerminated) {
      out << printed << "\n" << std::flush;
      after_input();
    }
    if (std::optional<int> exit_code = exit_requested()) return *exit_code;
  }
  if (prompts) out << "\n";
  return 0;
}

int RunRepl(Engine& engine, const std::function<void()>& after_input,
            const std::function<std::optional<int>()>& exit_requested) {
  return RunRepl(engine, std::cin, std::cout, isatty(STDIN_FILENO) == 1, after_input,
                 exit_requested);
}

}  // namespace engine
