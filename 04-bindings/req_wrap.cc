#include "req_wrap.h"

#include <string>

#include "engine.h"
#include "node_errors.h"
#include "support/validate.h"

namespace bindings {
namespace {

// The constructor of every request class; its `data` is the class's name.
void NewRequest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    errors::Throw(isolate,
                  errors::ConstructCallRequired(isolate, engine::ToUtf8(isolate, info.Data())));
    return;
  }
  // V8 leaves internal fields undefined; "no request yet" must read as null.
  info.This()->SetAlignedPointerInInternalField(BaseObject::kSlot, nullptr);
}

}  // namespace

v8::Local<v8::FunctionTemplate> NewRequestClass(Realm& realm, const char* name) {
  v8::Local<v8::FunctionTemplate> klass =
      v8::FunctionTemplate::New(realm.isolate(), NewRequest, realm.Name(name));
  klass->SetClassName(realm.Name(name));
  klass->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  return klass;
}

bool CheckRequestObject(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> klass,
                        const char* class_name, v8::Local<v8::Value> value) {
  if (!klass->HasInstance(value)) {
    return errors::Throw(
        isolate, errors::InvalidArgType(isolate, "req",
                                        std::string("be an instance of ") + class_name, value));
  }
  if (BaseObject::FromObject(value.As<v8::Object>()) != nullptr) {
    return errors::Throw(
        isolate, errors::InvalidArgValue(isolate, "req", "is already in use by a request", value));
  }
  return true;
}

}  // namespace bindings
