// How console.log shows a Buffer: <Buffer 68 69>, then "... N more bytes"
// after 50, then any extra properties: <Buffer 68 69, tag: 'x'>.
//
// Stage 01's printer (inspect.h) knows nothing about Buffers, and does not
// need to: like Node's util.inspect, it asks an object whose prototype has
// a method under Symbol.for('nodejs.util.inspect.custom') to describe
// itself. Buffer.prototype has one (this function), so a later stage
// teaches the printer a new type without changing the printer.
#include <climits>
#include <string>

#include "buffer/buffer.h"
#include "engine.h"
#include "inspect/inspect.h"

namespace bindings {
namespace {

// The printer's options, from the object it hands a custom inspect method
// (its second argument); the extra properties are printed with them, on one
// line.
engine::InspectOptions OptionsFrom(v8::Local<v8::Context> context, v8::Local<v8::Object> ctx) {
  engine::InspectOptions options;
  v8::Isolate* isolate = context->GetIsolate();
  auto get = [&](const char* name) {
    v8::Local<v8::Value> value;
    if (!ctx->Get(context, engine::ToV8String(isolate, name)).ToLocal(&value)) {
      return v8::Undefined(isolate).As<v8::Value>();
    }
    return value;
  };
  v8::Local<v8::Value> depth = get("depth");
  if (depth->IsNull()) options.depth = engine::InspectOptions::kInfiniteDepth;
  if (depth->IsNumber()) options.depth = depth->Int32Value(context).FromMaybe(2);
  options.show_hidden = get("showHidden")->BooleanValue(isolate);
  options.break_length = INT_MAX;  // Node: breakLength: Infinity, compact: true
  return options;
}

}  // namespace

void BufferInspect(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;

  static const char kDigits[] = "0123456789abcdef";
  std::string text;
  size_t shown = std::min<size_t>(bytes.size, kInspectMaxBytes);
  for (size_t i = 0; i < shown; i++) {
    if (i > 0) text += ' ';
    text += kDigits[bytes.data[i] >> 4];
    text += kDigits[bytes.data[i] & 15];
  }
  if (bytes.size > static_cast<size_t>(kInspectMaxBytes)) {
    size_t remaining = bytes.size - kInspectMaxBytes;
    text += " ... " + std::to_string(remaining) + " more byte" + (remaining > 1 ? "s" : "");
  }

  // Properties a script added to the Buffer (not its indexes) are shown too,
  // when the printer called us (it passes its options).
  if (info[1]->IsObject()) {
    engine::InspectOptions options = OptionsFrom(context, info[1].As<v8::Object>());
    v8::PropertyFilter filter = options.show_hidden ? v8::ALL_PROPERTIES : v8::ONLY_ENUMERABLE;
    v8::Local<v8::Array> keys;
    if (array
            ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                               v8::IndexFilter::kSkipIndices)
            .ToLocal(&keys) &&
        keys->Length() > 0) {
      v8::Local<v8::Object> extras =
          v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
      for (uint32_t i = 0; i < keys->Length(); i++) {
        v8::Local<v8::Value> key, value;
        if (!keys->Get(context, i).ToLocal(&key) || !array->Get(context, key).ToLocal(&value) ||
            extras->Set(context, key, value).IsNothing()) {
          return;
        }
      }
      // "[Object: null prototype] { a: 1 }" less its frame is "a: 1".
      std::string shown_extras = engine::Inspect(context, extras, options);
      const std::string kOpen = "[Object: null prototype] {";
      if (shown_extras.size() >= kOpen.size() + 3) {
        if (bytes.size != 0) text += ", ";
        text += shown_extras.substr(kOpen.size() + 1, shown_extras.size() - kOpen.size() - 3);
      }
    }
  }

  // The constructor's name: a subclass of Buffer shows its own.
  std::string name = "Buffer";
  v8::Local<v8::Value> constructor, constructor_name;
  {
    v8::TryCatch try_catch(isolate);
    if (array->Get(context, engine::ToV8String(isolate, "constructor")).ToLocal(&constructor) &&
        constructor->IsObject() &&
        constructor.As<v8::Object>()
            ->Get(context, engine::ToV8String(isolate, "name"))
            .ToLocal(&constructor_name)) {
      name = engine::ToUtf8(isolate, constructor_name);
    }
  }
  info.GetReturnValue().Set(engine::ToV8String(isolate, "<" + name + " " + text + ">"));
}

}  // namespace bindings
