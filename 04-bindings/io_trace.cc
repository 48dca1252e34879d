#include "io_trace.h"

#include "console.h"
#include "engine.h"

namespace bindings {

std::string DescribeCall(v8::Local<v8::Object> receiver, v8::Local<v8::String> name, int argc,
                         v8::Local<v8::Value> argv[]) {
  v8::Isolate* isolate = receiver->GetIsolate();
  std::string text =
      engine::ToUtf8(isolate, receiver->GetConstructorName()) + " " + engine::ToUtf8(isolate, name);
  // A stream's onread gets an ArrayBuffer of the bytes, or undefined at the
  // end (or on an error): the size is the interesting part.
  if (text.size() > 7 && text.compare(text.size() - 7, 7, " onread") == 0 && argc == 1) {
    if (argv[0]->IsArrayBuffer()) {
      text += ": " + std::to_string(argv[0].As<v8::ArrayBuffer>()->ByteLength()) + " bytes";
    } else {
      text += ": end of stream";
    }
  }
  return text;
}

void TraceNote(loop::LoopTrace& trace, const std::string& text) {
  if (!trace.enabled()) return;
  if (trace.chrome() != nullptr) {
    trace.chrome()->Instant(trace.track(), text);
    return;
  }
  engine::WriteStderr(text + "\n");
}

}  // namespace bindings
