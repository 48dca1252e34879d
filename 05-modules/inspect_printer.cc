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
///                      compact, sorted, getters, colors }, inspect)  ->  string
///     format(options, inspect, ...args)  ->  util.formatWithOptions
///
/// `inspect` is util.inspect, handed to custom inspect methods. With
/// `colors`, the printer also reads `inspect.styles` and `inspect.colors`
/// (Node's tables, which programs may change) each time it colours a piece.
#include <v8.h>

#include <climits>
#include <cmath>
#include <vector>

#include "binding_registry.h"
#include "builtins.h"
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

// Node's inspect options from a plain object, over stage 01's defaults.
// Both entry points let user code's errors escape (throw_user_errors), as
// Node's util.inspect and util.format do, and hand custom inspect methods
// util.inspect as their third argument.
bool ReadOptions(Realm& realm, v8::Local<v8::Value> from, v8::Local<v8::Value> inspect_function,
                 engine::InspectOptions* options) {
  options->throw_user_errors = true;
  if (inspect_function->IsFunction()) options->inspect_function = inspect_function;
  if (!from->IsObject()) return true;
  v8::Local<v8::Object> object = from.As<v8::Object>();
  v8::Local<v8::Value> compact;
  if (!ReadLimit(realm, object, "depth", &options->depth) ||
      !ReadFlag(realm, object, "showHidden", &options->show_hidden) ||
      !ReadFlag(realm, object, "showProxy", &options->show_proxy) ||
      !ReadFlag(realm, object, "customInspect", &options->custom_inspect) ||
      !ReadLimit(realm, object, "maxArrayLength", &options->max_array_length) ||
      !ReadLimit(realm, object, "maxStringLength", &options->max_string_length) ||
      !ReadLimit(realm, object, "breakLength", &options->break_length) ||
      !ReadFlag(realm, object, "numericSeparator", &options->numeric_separator) ||
      !ReadFlag(realm, object, "colors", &options->colors) ||
      !object->Get(realm.context(), realm.Name("compact")).ToLocal(&compact)) {
    return false;
  }
  if (compact->IsFalse()) options->compact = 0;
  if (compact->IsNumber()) options->compact = compact.As<v8::Int32>()->Value();
  v8::Local<v8::Value> sorted;
  v8::Local<v8::Value> getters;
  if (!object->Get(realm.context(), realm.Name("sorted")).ToLocal(&sorted) ||
      !object->Get(realm.context(), realm.Name("getters")).ToLocal(&getters)) {
    return false;
  }
  if (options->colors && inspect_function->IsObject()) {
    v8::Local<v8::Object> inspect = inspect_function.As<v8::Object>();
    v8::Local<v8::Value> styles;
    v8::Local<v8::Value> colors;
    if (!inspect->Get(realm.context(), realm.Name("styles")).ToLocal(&styles) ||
        !inspect->Get(realm.context(), realm.Name("colors")).ToLocal(&colors)) {
      return false;
    }
    if (styles->IsObject()) options->styles = styles.As<v8::Object>();
    if (colors->IsObject()) options->color_codes = colors.As<v8::Object>();
  }
  options->is_builtin = [](const std::string& id) {
    for (const BuiltinSource* builtin = kStage05Builtins; builtin->id != nullptr; builtin++) {
      if (id == builtin->id) return true;
    }
    return false;
  };
  options->sorted = sorted->BooleanValue(realm.isolate());
  if (sorted->IsFunction()) options->sort_compare = sorted.As<v8::Function>();
  using Getters = engine::InspectOptions::Getters;
  std::string which = getters->IsString() ? engine::ToUtf8(realm.isolate(), getters) : "";
  options->getters = which == "get"                           ? Getters::kGet
                     : which == "set"                         ? Getters::kSet
                     : getters->BooleanValue(realm.isolate()) ? Getters::kAll
                                                              : Getters::kNone;
  return true;
}

// inspect(value, options, inspect)
void Inspect(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  engine::InspectOptions options;
  if (!ReadOptions(realm, info[1], info[2], &options)) return;
  v8::TryCatch try_catch(realm.isolate());
  std::string text = engine::Inspect(realm.context(), info[0], options);
  if (try_catch.HasCaught()) {
    try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(engine::ToV8String(realm.isolate(), text));
}

// format(options, inspect, ...args): what console.log prints for these
// arguments (util.formatWithOptions).
void Format(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  engine::InspectOptions options;
  if (!ReadOptions(realm, info[0], info[1], &options)) return;
  std::vector<v8::Local<v8::Value>> args;
  for (int i = 2; i < info.Length(); i++) args.push_back(info[i]);
  v8::TryCatch try_catch(realm.isolate());
  std::string text = engine::FormatArguments(realm.context(), args, options);
  if (try_catch.HasCaught()) {
    try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(engine::ToV8String(realm.isolate(), text));
}

void InitializeInspectPrinter(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "inspect", Inspect, 3);
  realm.SetMethod(exports, "format", Format, 2);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(inspect_printer, modules::InitializeInspectPrinter);
}  // namespace bindings
