#include "repl_session.h"

#include <algorithm>
#include <cstdio>
#include <regex>
#include <vector>

#include "error_report.h"
#include "inspect/inspect.h"

namespace engine {
namespace {

// A syntax error that more input could cure: the user is still typing.
bool IsIncomplete(v8::Isolate* isolate, const v8::TryCatch& try_catch) {
  std::string message = ToUtf8(isolate, try_catch.Message()->Get());
  return message.find("Unexpected end of input") != std::string::npos ||
         message.find("Unterminated template literal") != std::string::npos;
}

bool IsFrame(const std::string& line) { return line.rfind("    at ", 0) == 0; }

// The stack an uncaught error is shown with. Frames of the REPL's own top
// level ("    at REPL3:1:7", always the outermost) are not the user's code:
// drop it, as Node does. An error from a callback of the loop loses all its
// frames, as in Node's REPL, which shows where its handler caught it (nowhere
// the user wrote).
std::string TrimmedStack(const std::string& stack, bool from_input) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= stack.size()) {
    size_t end = stack.find('\n', start);
    if (end == std::string::npos) end = stack.size();
    lines.push_back(stack.substr(start, end - start));
    start = end + 1;
  }
  static const std::regex top_level(R"(    at REPL\d+:\d+:\d+)");
  if (!from_input) {
    lines.erase(std::remove_if(lines.begin(), lines.end(), IsFrame), lines.end());
  } else if (!lines.empty() && std::regex_match(lines.back(), top_level)) {
    lines.pop_back();
  }
  std::string trimmed;
  for (const std::string& line : lines) trimmed += (trimmed.empty() ? "" : "\n") + line;
  return trimmed;
}

// Node's REPL prints an exception with its writer (util.inspect) and puts
// "Uncaught" before it: on the same line when the first line is short, else
// on a line of its own.
constexpr size_t kBreakLength = 80;

}  // namespace

ReplSession::Reply ReplSession::TakeLine(const std::string& line) {
  if (pending_.empty()) {
    if (line == ".exit") return {"", true};
    if (line == ".help") {
      return {
          ".break    Leave a multi-line input\n"
          ".exit     Exit the REPL\n"
          ".help     Print this help message\n",
          false};
    }
    if (line.find_first_not_of(" \t") == std::string::npos) return {};
  } else if (line == ".break") {
    Break();
    return {};
  }
  pending_ += pending_.empty() ? line : "\n" + line;

  std::string printed;
  Outcome outcome = Evaluate(pending_, &printed);
  if (outcome == Outcome::kIncomplete) return {};
  pending_.clear();
  std::fflush(stdout);  // what console.log wrote comes before the result
  if (outcome == Outcome::kTerminated) return {};
  return {printed, false};
}

ReplSession::Outcome ReplSession::Evaluate(const std::string& code, std::string* printed) {
  v8::Isolate* isolate = engine_.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = engine_.context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;

  // `{ a: 1 }` typed at a prompt means an object, not a block: try it as an
  // expression first, as Node's REPL does.
  bool looks_like_object = code.size() > 1 && code.front() == '{' && code.back() != ';';
  std::string name = "REPL" + std::to_string(++inputs_);
  if (looks_like_object && engine_.RunScript("(" + code + "\n)", name).ToLocal(&result)) {
    *printed = Inspect(context, result) + "\n";
    return Outcome::kValue;
  }
  try_catch.Reset();
  if (engine_.RunScript(code, name).ToLocal(&result)) {
    *printed = Inspect(context, result) + "\n";
    return Outcome::kValue;
  }
  if (try_catch.HasTerminated()) return Outcome::kTerminated;  // nothing was thrown
  if (try_catch.HasCaught() && !try_catch.Message().IsEmpty() && IsIncomplete(isolate, try_catch)) {
    return Outcome::kIncomplete;
  }
  *printed = FormatUncaught(try_catch.Exception(), try_catch.Message(), /*from_input=*/true);
  return Outcome::kException;
}

std::string ReplSession::FormatUncaught(v8::Local<v8::Value> exception,
                                        v8::Local<v8::Message> message, bool from_input) const {
  v8::Isolate* isolate = engine_.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = engine_.context();
  v8::TryCatch inspect_threw(isolate);  // a throwing getter must not escape from here

  std::string arrow;  // a syntax error is shown under the line it is in
  bool is_error = exception->IsNativeError();
  if (is_error) {
    v8::Local<v8::Object> error = exception.As<v8::Object>();
    v8::Local<v8::String> stack_key = ToV8String(isolate, "stack");
    v8::Local<v8::Value> stack;
    if (error->Get(context, stack_key).ToLocal(&stack) && stack->IsString()) {
      std::string text = ToUtf8(isolate, stack);
      std::string trimmed = TrimmedStack(text, from_input);
      // Node's REPL rewrites the error's stack itself before printing it; so
      // does this one, and util.inspect lays the error out exactly as there
      // (the brackets of a frameless error, the braces of its properties).
      if (trimmed != text) error->Set(context, stack_key, ToV8String(isolate, trimmed)).Check();
      if (text.rfind("SyntaxError", 0) == 0 && !message.IsEmpty()) {
        arrow = SourceArrow(context, message);  // "REPL1:1\n<line>\n<carets>\n"
        if (!arrow.empty()) arrow = arrow.substr(arrow.find('\n') + 1) + "\n";
      }
    }
  }
  std::string shown = Inspect(context, exception);
  bool one_line = shown.find('\n') == std::string::npos;
  // An error that lost all its frames is bracketed by inspect, "[Error: x]";
  // the REPL shows it plainly, as Node's does.
  if (is_error && one_line && shown.size() > 1 && shown.front() == '[' && shown.back() == ']') {
    shown = shown.substr(1, shown.size() - 2);
  }
  size_t first_line = std::min(shown.find('\n'), shown.size());
  bool fits = is_error ? first_line <= kBreakLength : one_line;
  return arrow + (fits ? "Uncaught " : "Uncaught:\n") + shown + "\n";
}

}  // namespace engine
