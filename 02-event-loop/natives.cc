#include "natives.h"

namespace loop {

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

}  // namespace loop
