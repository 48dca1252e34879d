/// \file
/// How util.inspect shows an Error: its `stack`, which already holds the
/// name, the message and the frames, then any own properties in braces:
///
///     Error: boom
///         at f (/tmp/t.js:3:9) {
///       code: 'E_BOOM'
///     }
///
/// Node adjusts the stack text in three ways, reproduced here:
///
///  * an error without frames (a stack with no "\n    at" line) is wrapped
///    in brackets, `[Error: boom]`, so that it reads as one value;
///  * when the class is not what the stack's first line says (a subclass
///    that did not set `name`, a changed name, a null prototype), the first
///    line is corrected: `MyError: boom`, `TypeError [Custom]: boom`;
///  * frames shared with the `cause` error's stack are collapsed into
///    `... N lines matching cause stack trace ...`.
///
/// Inside an object, every line of the stack is indented to line up with
/// the entry it belongs to.
///
/// With colors, the frames are marked as Node marks them: a frame of the
/// runtime's own code (`node:...`) is grey, and in the others the working
/// directory is grey and the name of a package under node_modules
/// underlined, so the user's own files stand out.

#include <unistd.h>

#include <algorithm>
#include <regex>

#include "inspect/inspect_text.h"
#include "inspect/inspector.h"

namespace engine {
namespace {

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return lines;
    start = end + 1;
  }
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); i++) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || IsUpper(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The error name a stack starts with, for an error whose prototype chain
// tells nothing: `TypeError` in "TypeError: x\n    at ...", or a stack that
// is nothing but a name ending in "Error". Empty if neither.
std::string LeadingErrorName(const std::string& stack) {
  if (!stack.empty() && IsUpper(stack[0])) {
    auto in_name = [](char c) {
      return IsWordChar(c) || c == ' ' || c == '[' || c == ']' || c == '(' || c == ')';
    };
    size_t end = 1;
    while (end < stack.size() && in_name(stack[end])) end++;
    if (end >= 2 && (stack.compare(end, 1, ":") == 0 || stack.compare(end, 7, "\n    at") == 0)) {
      return stack.substr(0, end);
    }
  }
  if (EndsWith(stack, "Error") && std::all_of(stack.begin(), stack.end(), IsWordChar)) {
    return stack;
  }
  return "";
}

// Makes the first line of the stack name the error's actual class, when the
// stack looks like an ordinary one ("SomeError: message").
std::string ImproveStack(std::string stack, const std::optional<std::string>& constructor,
                         const std::string& name, const std::string& tag) {
  size_t name_length = name.size();
  bool looks_ordinary =
      EndsWith(name, "Error") && StartsWith(stack, name) &&
      (stack.size() == name_length || stack[name_length] == ':' || stack[name_length] == '\n');
  if (constructor && !looks_ordinary) return stack;

  std::string fallback = "Error";
  if (!constructor) {
    fallback = LeadingErrorName(stack);
    name_length = fallback.size();
    if (fallback.empty()) fallback = "Error";
  }
  std::string prefix = GetPrefix(constructor, tag, fallback);
  prefix.pop_back();  // the trailing space
  if (name == prefix) return stack;
  if (prefix.find(name) != std::string::npos) {
    // `class MyError extends Error` with the inherited name "Error".
    if (name_length == 0) return prefix + ": " + stack;
    return prefix + stack.substr(name_length);
  }
  // The name says something the class does not: keep both.
  return prefix + " [" + name + "]" + stack.substr(name_length);
}

// The longest run (more than three lines) of `frames` that also appears in
// `cause_frames`: its length and where it starts in `frames`.
std::pair<size_t, size_t> SharedFrames(const std::vector<std::string>& frames,
                                       const std::vector<std::string>& cause_frames) {
  for (size_t i = 0; i + 3 < frames.size(); i++) {
    auto found = std::find(cause_frames.begin(), cause_frames.end(), frames[i]);
    if (found == cause_frames.end()) continue;
    size_t position = found - cause_frames.begin();
    size_t rest = cause_frames.size() - position;
    if (rest <= 3) continue;
    size_t length = 1;
    size_t max_length = std::min(frames.size() - i, rest);
    while (max_length > length && frames[i + length] == cause_frames[position + length]) length++;
    if (length > 3) return {length, i};
  }
  return {0, 0};
}

}  // namespace

// Node's isError: a native error, or anything that inherits from
// Error.prototype.
bool Inspector::IsError(v8::Local<v8::Object> object) {
  if (object->IsNativeError()) return true;
  v8::Local<v8::Object> error_prototype = ErrorPrototype();
  v8::Local<v8::Value> level = object->GetPrototype();
  for (int steps = 0; level->IsObject() && steps < 10000; steps++) {
    if (level == error_prototype) return true;
    level = level.As<v8::Object>()->GetPrototype();
  }
  return false;
}

// The stack, or what Error.prototype.toString gives when there is none.
std::string Inspector::StackOf(v8::Local<v8::Object> error) {
  v8::Local<v8::Value> stack = Get(error, "stack");
  if (stack->BooleanValue(isolate_)) return ToText(stack);
  v8::Local<v8::Value> name = Get(error, "name");
  v8::Local<v8::Value> message = Get(error, "message");
  std::string name_text = name->IsUndefined() ? "Error" : ToText(name);
  std::string message_text = message->IsUndefined() ? "" : ToText(message);
  if (name_text.empty()) return message_text;
  if (message_text.empty()) return name_text;
  return name_text + ": " + message_text;
}

std::string Inspector::ErrorBase(v8::Local<v8::Object> error,
                                 const std::optional<std::string>& constructor,
                                 const std::string& tag, std::vector<v8::Local<v8::Name>>* keys) {
  v8::Local<v8::Value> name_value = Get(error, "name");
  std::string name = name_value->IsNullOrUndefined() ? "Error" : ToText(name_value);
  std::string stack = StackOf(error);
  auto has_key = [&](const char* key) {
    return std::any_of(keys->begin(), keys->end(),
                       [&](v8::Local<v8::Name> k) { return KeyIs(k, key); });
  };

  // Own enumerable name, message or stack properties are not listed again
  // when the stack already shows them.
  if (!options_.show_hidden) {
    for (const char* key : {"name", "message", "stack"}) {
      auto found = std::find_if(keys->begin(), keys->end(),
                                [&](v8::Local<v8::Name> k) { return KeyIs(k, key); });
      if (found != keys->end() && stack.find(ToText(Get(error, key))) != std::string::npos) {
        keys->erase(found);
      }
    }
  }
  // A cause and an AggregateError's errors are always shown, even though
  // they are not enumerable.
  if (Has(error, Str("cause")) && !has_key("cause")) keys->push_back(Str("cause"));
  if (Get(error, "errors")->IsArray() && !has_key("errors")) keys->push_back(Str("errors"));

  stack = ImproveStack(stack, constructor, name, tag);

  // The frames start at the first "\n    at" after the message (a message
  // may itself contain such a line). Like Node, a message found at the very
  // start of the stack does not count.
  size_t search_from = 0;
  v8::Local<v8::Value> message = Get(error, "message");
  if (message->IsString() && message.As<v8::String>()->Length() > 0) {
    std::string message_text = ToText(message);
    size_t at = stack.find(message_text);
    if (at != std::string::npos && at != 0) search_from = at + message_text.size();
  }
  size_t frames_start = stack.find("\n    at", search_from);
  if (frames_start == std::string::npos) {
    stack = "[" + stack + "]";
  } else {
    std::vector<std::string> frames = StackFrames(error, stack.substr(frames_start + 1));
    if (options_.colors) frames = ColorFrames(std::move(frames));
    stack = stack.substr(0, frames_start) + "\n" + JoinLines(frames);
  }
  return inspect_text::IndentLines(stack, indentation_);
}

std::vector<std::string> Inspector::StackFrames(v8::Local<v8::Object> error,
                                                const std::string& frames_text) {
  std::vector<std::string> frames = SplitLines(frames_text);
  v8::Local<v8::Value> cause = Get(error, "cause");
  if (!cause->IsObject() || !IsError(cause.As<v8::Object>())) return frames;

  std::string cause_stack = StackOf(cause.As<v8::Object>());
  size_t cause_frames_start = cause_stack.find("\n    at");
  if (cause_frames_start == std::string::npos) return frames;
  auto [length, offset] =
      SharedFrames(frames, SplitLines(cause_stack.substr(cause_frames_start + 1)));
  if (length == 0) return frames;
  // Keep the first and the last shared frame, and say how many are hidden.
  size_t skipped = length - 2;
  frames.erase(frames.begin() + offset + 1, frames.begin() + offset + 1 + skipped);
  frames.insert(frames.begin() + offset + 1, Stylize("    ... " + std::to_string(skipped) +
                                                         " lines matching cause stack trace ...",
                                                     "undefined"));
  return frames;
}

// Node's markNodeModules: `.../node_modules/pkg/...` with `pkg` (or
// `@scope/pkg`) styled as a module.
std::string Inspector::MarkNodeModules(const std::string& line) {
  std::string out;
  size_t last = 0;
  size_t from = 0;
  while (true) {
    size_t at = line.find("node_modules", from);
    if (at == std::string::npos) break;
    auto is_separator = [&](size_t i) {
      return i < line.size() && (line[i] == '/' || line[i] == '\\');
    };
    if (at == 0 || !is_separator(at - 1) || !is_separator(at + 12)) {
      from = at + 1;
      continue;
    }
    size_t start = at + 13;
    char separator = line[at - 1];
    size_t end = line.find(separator, start);
    if (start < line.size() && line[start] == '@' && end != std::string::npos) {
      end = line.find(separator, end + 1);
    }
    out += line.substr(last, start - last);
    out += Stylize(line.substr(start, end == std::string::npos ? end : end - start), "module");
    if (end == std::string::npos) return out;
    last = from = end;
  }
  return last == 0 ? line : out + line.substr(last);
}

// Node's markCwd: the working directory (with its `file://` and an opening
// parenthesis in front, if any) and a closing parenthesis are grey.
std::string Inspector::MarkCwd(const std::string& line, const std::string& cwd) {
  size_t at = line.find(cwd);
  if (at == std::string::npos) return line;
  size_t length = cwd.size();
  if (at >= 7 && line.compare(at - 7, 7, "file://") == 0) {
    at -= 7;
    length += 7;
  }
  size_t start = at > 0 && line[at - 1] == '(' ? at - 1 : at;
  bool paren = start != at && EndsWith(line, ")");
  size_t cwd_end = std::min(line.size(), at + length + 1);
  size_t end = paren ? line.size() - 1 : line.size();
  std::string out =
      line.substr(0, start) + Stylize(line.substr(start, cwd_end - start), "undefined");
  if (cwd_end < end) out += line.substr(cwd_end, end - cwd_end);
  if (paren) out += Stylize(")", "undefined");
  return out;
}

// The frames with colors (see the top of this file).
std::vector<std::string> Inspector::ColorFrames(std::vector<std::string> frames) {
  static const std::regex core(R"(^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$)");
  char buffer[4096];
  std::string cwd = getcwd(buffer, sizeof buffer) != nullptr ? buffer : "";
  for (std::string& frame : frames) {
    std::smatch match;
    if (std::regex_match(frame, match, core) && options_.is_builtin &&
        options_.is_builtin(match[1].str())) {
      frame = Stylize(frame, "undefined");
    } else {
      frame = MarkNodeModules(frame);
      if (!cwd.empty()) frame = MarkCwd(frame, cwd);
    }
  }
  return frames;
}

}  // namespace engine
