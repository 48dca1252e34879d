#include "inspect.h"

#include "engine.h"

namespace engine {

// Placeholder: prints String(value). Replaced by the full printer.
std::string Inspect(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                    const InspectOptions& options) {
  return ToUtf8(context->GetIsolate(), value);
}

std::string FormatArguments(v8::Local<v8::Context> context,
                            const std::vector<v8::Local<v8::Value>>& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); i++) {
    if (i > 0) out += ' ';
    out += ToUtf8(context->GetIsolate(), args[i]);
  }
  return out;
}

}  // namespace engine
