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
#include <v8.h>

#include <vector>

#include "binding_registry.h"
#include "realm.h"
#include "serialized_message.h"

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

void InitializeMessaging(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "structuredClone", StructuredClone, 3);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(messaging, modules::InitializeMessaging);
}  // namespace bindings
