/// \file
/// The `inspect_printer` binding: stage 01's util.inspect printer
/// (01-engine/inspect/), for lib/internal/util/inspect.js.
///
/// Node's util.inspect is JavaScript. This runtime has printed values in C++
/// since its first stage (console.log needs it before there is any
/// JavaScript library); stage 05 keeps that printer and hands it to the
/// library, so console.log and util.inspect can never disagree. The binding
/// is ours (Node has no binding of this name):
///
///     inspect(value, { depth, showHidden, showProxy, customInspect,
///                      maxArrayLength, maxStringLength, breakLength,
///                      compact, sorted, getters })  ->  string
///     format(...args)  ->  what console.log(...args) prints (util.format)
#include <v8.h>

#include <climits>
#include <cmath>
#include <vector>

#include "binding_registry.h"
#include "engine.h"
#include "inspect/inspect.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::Realm;

/// options[name] as a count: a number (Infinity and null mean "no limit"),
/// or `fallback` when absent.
bool ReadLimit(Realm& realm, v8::Local<v8::Object> options, const char* name, int* out) {
  v8::Local<v8::Value> value;
  if (!options->Get(realm.context(), realm.Name(name)).ToLocal(&value)) return false;
  if (value->IsNull()) {
    *out = INT_MAX;
  } else if (value->IsNumber()) {
    double number = value.As<v8::Number>()->Value();
    *out = std::isnan(number)  ? 0
           : number >= INT_MAX ? INT_MAX
           : number < 0        ? -1
                               : static_cast<int>(number);
  }
  return true;
}

bool ReadFlag(Realm& realm, v8::Local<v8::Object> options, const char* name, bool* out) {
  v8::Local<v8::Value> value;
  if (!options->Get(realm.context(), realm.Name(name)).ToLocal(&value)) return false;
  if (!value->IsUndefined()) *out = value->BooleanValue(realm.isolate());
  return true;
}

void Inspect(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  engine::InspectOptions options;
  if (info[1]->IsObject()) {
    v8::Local<v8::Object> object = info[1].As<v8::Object>();
    v8::Local<v8::Value> compact;
    if (!ReadLimit(realm, object, "depth", &options.depth) ||
        !ReadFlag(realm, object, "showHidden", &options.show_hidden) ||
        !ReadFlag(realm, object, "showProxy", &options.show_proxy) ||
        !ReadFlag(realm, object, "customInspect", &options.custom_inspect) ||
        !ReadLimit(realm, object, "maxArrayLength", &options.max_array_length) ||
        !ReadLimit(realm, object, "maxStringLength", &options.max_string_length) ||
        !ReadLimit(realm, object, "breakLength", &options.break_length) ||
        !object->Get(realm.context(), realm.Name("compact")).ToLocal(&compact)) {
      return;
    }
    if (compact->IsFalse()) options.compact = 0;
    if (compact->IsNumber()) options.compact = compact.As<v8::Int32>()->Value();
    v8::Local<v8::Value> sorted;
    v8::Local<v8::Value> getters;
    if (!object->Get(realm.context(), realm.Name("sorted")).ToLocal(&sorted) ||
        !object->Get(realm.context(), realm.Name("getters")).ToLocal(&getters)) {
      return;
    }
    options.sorted = sorted->BooleanValue(realm.isolate());
    if (sorted->IsFunction()) options.sort_compare = sorted.As<v8::Function>();
    using Getters = engine::InspectOptions::Getters;
    std::string which = getters->IsString() ? engine::ToUtf8(realm.isolate(), getters) : "";
    options.getters = which == "get"                           ? Getters::kGet
                      : which == "set"                         ? Getters::kSet
                      : getters->BooleanValue(realm.isolate()) ? Getters::kAll
                                                               : Getters::kNone;
  }
  std::string text = engine::Inspect(realm.context(), info[0], options);
  info.GetReturnValue().Set(engine::ToV8String(realm.isolate(), text));
}

// format(...args): what console.log prints for these arguments.
void Format(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  std::vector<v8::Local<v8::Value>> args;
  for (int i = 0; i < info.Length(); i++) args.push_back(info[i]);
  std::string text = engine::FormatArguments(realm.context(), args);
  info.GetReturnValue().Set(engine::ToV8String(realm.isolate(), text));
}

void InitializeInspectPrinter(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "inspect", Inspect, 2);
  realm.SetMethod(exports, "format", Format, 0);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(inspect_printer, modules::InitializeInspectPrinter);
}  // namespace bindings
