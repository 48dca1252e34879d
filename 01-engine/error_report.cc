#include "error_report.h"

#include "console.h"
#include "engine.h"
#include "inspect/inspect.h"

namespace engine {
namespace {

std::string StackTraceText(v8::Isolate* isolate, v8::Local<v8::StackTrace> trace) {
  std::string text;
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string where = ToUtf8(isolate, frame->GetScriptName()) + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    std::string function = ToUtf8(isolate, frame->GetFunctionName());
    text +=
        function.empty() ? "    at " + where + "\n" : "    at " + function + " (" + where + ")\n";
  }
  return text;
}

// How an uncaught Error is shown: as util.inspect shows it (its stack, then
// its own enumerable properties). A SyntaxError from compiling the main
// script is the exception: V8 gives it no stack frames, and inspect would
// bracket such a stack as "[SyntaxError: ...]"; Node's has its loader's
// frames there and prints plainly. Other frameless errors (those made by
// natives, e.g. an fs error delivered from the loop) do print bracketed, with
// their properties, in Node as here.
std::string ErrorText(v8::Local<v8::Context> context, v8::Local<v8::Object> error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch stack_getter_threw(isolate);  // a throwing `stack` getter is not fatal here
  v8::Local<v8::Value> stack;
  if (error->Get(context, ToV8String(isolate, "stack")).ToLocal(&stack) && stack->IsString()) {
    std::string text = ToUtf8(isolate, stack);
    bool has_frames = text.find("\n    at ") != std::string::npos;
    if (!has_frames && text.rfind("SyntaxError", 0) == 0) return text;
  }
  return Inspect(context, error);
}

}  // namespace

std::string SourceArrow(v8::Local<v8::Context> context, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = context->GetIsolate();
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (line == 0 || !message->GetSourceLine(context).ToLocal(&source_line)) return "";

  std::string source = ToUtf8(isolate, source_line);
  std::string text = ToUtf8(isolate, message->GetScriptResourceName()) + ":" +
                     std::to_string(line) + "\n" + source + "\n";
  // V8 counts columns in UTF-16 code units; for the common ASCII source line
  // that is also the byte offset. Tabs are kept so the caret lines up.
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  std::string underline;
  for (int i = 0; i < start && i < static_cast<int>(source.size()); i++) {
    underline += source[i] == '\t' ? '\t' : ' ';
  }
  for (int i = start; i < end || i == start; i++) underline += '^';
  return text + underline + "\n";
}

void ReportUncaughtException(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                             v8::Local<v8::Message> message, bool trace_uncaught,
                             const std::string& program_name) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string arrow = message.IsEmpty() ? "" : SourceArrow(context, message);
  if (exception->IsNativeError()) {
    WriteStderr(arrow + (arrow.empty() ? "" : "\n") +
                ErrorText(context, exception.As<v8::Object>()) + "\n");
    return;
  }
  // Anything else was thrown as a bare value: a blank line, the location,
  // then the value (a string as it is, an object as util.inspect shows it).
  std::string shown =
      exception->IsObject() ? Inspect(context, exception) : ToUtf8(isolate, exception);
  std::string text = "\n" + arrow + shown + "\n";
  if (exception->IsObject()) {
    WriteStderr(text);
    return;
  }
  // A primitive carries no stack of its own. V8 recorded one for the message
  // (SetCaptureStackTraceForUncaughtExceptions), shown with --trace-uncaught.
  v8::Local<v8::StackTrace> trace;
  if (!message.IsEmpty()) trace = message->GetStackTrace();
  if (trace_uncaught && !trace.IsEmpty()) {
    text += "Thrown at:\n" + StackTraceText(isolate, trace);
  } else {
    text += "(Use `" + program_name +
            " --trace-uncaught ...` to show where the exception was thrown)\n";
  }
  WriteStderr(text);
}

}  // namespace engine
