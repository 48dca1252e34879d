/// \file
/// The `messaging` binding (Node's name): the structured clone of values,
/// over SerializedMessage (serialized_message.h). lib/internal/
/// structured_clone.js checks the arguments and makes the global
/// structuredClone() from it.
///
///     structuredClone(value, transfer, makeCloneError)
///         a deep copy of `value`; the ArrayBuffers of the array `transfer`
///         are moved into the copy (the originals are detached);
///         makeCloneError(message) makes what is thrown for a value that
///         cannot be cloned (Node: a DOMException named DataCloneError)
///     serialize(value)      V8's serialization of `value` as a Buffer (no
///                           transfer list): the wire format of fork()'s
///                           `serialization: 'advanced'` channel
///     deserialize(bytes)    the value back from such bytes
#include <v8.h>

#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

#include "binding_registry.h"
#include "realm.h"
#include "serialized_message.h"
#include "support/bytes.h"

namespace modules {
namespace {

void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  if (info[1]->IsArray()) {
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item = list->Get(context, i).ToLocalChecked();
      if (item->IsArrayBuffer()) transfer.push_back(item.As<v8::ArrayBuffer>());
    }
  }
  SerializedMessage message;
  v8::Local<v8::Value> copy;
  if (message.Serialize(context, info[0], transfer, info[2].As<v8::Function>()) &&
      message.Deserialize(context).ToLocal(&copy)) {
    info.GetReturnValue().Set(copy);
  }
}

// serialize/deserialize need no delegate: without one, V8 itself throws an
// Error for what it cannot write (a function, a symbol), and has no host
// objects to ask about. The bytes start with V8's version header, so the
// reader knows the format even if the writer was another build.
void Serialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::ValueSerializer serializer(isolate);
  serializer.WriteHeader();
  if (!serializer.WriteValue(isolate->GetCurrentContext(), info[0]).FromMaybe(false)) return;
  std::pair<uint8_t*, size_t> bytes = serializer.Release();  // realloc()ed memory
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      bytes.first, bytes.second, [](void* data, size_t, void*) { std::free(data); }, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(pool::NewByteArray(buffer, 0, bytes.second));
}

void Deserialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsArrayBufferView()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8Literal(isolate, "deserialize() takes a Buffer")));
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  v8::ValueDeserializer deserializer(isolate, bytes.data(), bytes.size());
  if (!deserializer.ReadHeader(context).FromMaybe(false)) return;
  v8::Local<v8::Value> value;
  if (deserializer.ReadValue(context).ToLocal(&value)) info.GetReturnValue().Set(value);
}

void InitializeMessaging(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "structuredClone", StructuredClone, 3);
  realm.SetMethod(exports, "serialize", Serialize, 1);
  realm.SetMethod(exports, "deserialize", Deserialize, 1);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(messaging, modules::InitializeMessaging);
}  // namespace bindings
