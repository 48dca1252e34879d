#include "natives.h"

#include "engine.h"
#include "inspect/inspect.h"

namespace loop {

v8::Local<v8::Object> WithCode(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                               const std::string& stack_name, const char* code) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = error.As<v8::Object>();
  v8::Local<v8::String> name_key = engine::ToV8String(isolate, "name");
  // Own data properties, so that a setter a script put on a prototype does
  // not run; and a script's Error.prepareStackTrace may throw while the
  // stack is formatted: the error is still made, with whatever stack it has.
  object->CreateDataProperty(context, name_key, engine::ToV8String(isolate, stack_name)).Check();
  {
    v8::TryCatch prepare_stack_trace_threw(isolate);
    object->Get(context, engine::ToV8String(isolate, "stack")).IsEmpty();
  }
  object->Delete(context, name_key).Check();  // back to the prototype's name
  object
      ->CreateDataProperty(context, engine::ToV8String(isolate, "code"),
                           engine::ToV8String(isolate, code))
      .Check();
  return object;
}

std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsUndefined()) return "Received undefined";
  if (value->IsNull()) return "Received null";
  if (value->IsFunction()) {
    std::string name = engine::ToUtf8(isolate, value.As<v8::Function>()->GetName());
    return name.empty() ? "Received function " : "Received function " + name;
  }
  if (value->IsObject()) {
    std::string constructor = engine::ToUtf8(isolate, value.As<v8::Object>()->GetConstructorName());
    return "Received an instance of " + constructor;
  }
  std::string shown = engine::Inspect(context, value);
  if (shown.size() > 28) shown = shown.substr(0, 25) + "...";
  std::string type = engine::ToUtf8(isolate, value->TypeOf(isolate));
  return "Received type " + type + " (" + shown + ")";
}

void ThrowInvalidArgType(v8::Isolate* isolate, const char* name, const char* expected,
                         v8::Local<v8::Value> value) {
  std::string message = std::string("The \"") + name + "\" argument must be of type " + expected +
                        ". " + DescribeReceived(isolate->GetCurrentContext(), value);
  isolate->ThrowException(WithCode(isolate->GetCurrentContext(),
                                   v8::Exception::TypeError(engine::ToV8String(isolate, message)),
                                   "TypeError [ERR_INVALID_ARG_TYPE]", "ERR_INVALID_ARG_TYPE"));
}

void ThrowOutOfRange(v8::Isolate* isolate, const char* name, const char* range,
                     const std::string& received) {
  std::string message = std::string("The value of \"") + name + "\" is out of range. It must be " +
                        range + ". Received " + received;
  isolate->ThrowException(WithCode(isolate->GetCurrentContext(),
                                   v8::Exception::RangeError(engine::ToV8String(isolate, message)),
                                   "RangeError [ERR_OUT_OF_RANGE]", "ERR_OUT_OF_RANGE"));
}

v8::Local<v8::Value> RestArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int first) {
  if (info.Length() <= first) return v8::Undefined(info.GetIsolate());
  std::vector<v8::Local<v8::Value>> rest;
  for (int i = first; i < info.Length(); i++) rest.push_back(info[i]);
  return v8::Array::New(info.GetIsolate(), rest.data(), rest.size());
}

std::vector<v8::Local<v8::Value>> ArgumentList(v8::Local<v8::Context> context,
                                               v8::Local<v8::Value> rest) {
  std::vector<v8::Local<v8::Value>> arguments;
  if (!rest->IsArray()) return arguments;
  v8::Local<v8::Array> array = rest.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    arguments.push_back(array->Get(context, i).ToLocalChecked());
  }
  return arguments;
}

bool CheckCallback(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  if (info[index]->IsFunction()) return true;
  ThrowInvalidArgType(info.GetIsolate(), "callback", "function", info[index]);
  return false;
}

}  // namespace loop
