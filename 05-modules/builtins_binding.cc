/// \file
/// The `builtins` binding: the embedded library as the JavaScript loader sees
/// it. (Node: src/node_builtins.cc, BuiltinLoader's binding.)
///
///     const { builtinIds, compileFunction } = internalBinding('builtins');
///     builtinIds                     ['events', 'fs', 'internal/errors', ...]
///     exposeInternals                true with --expose-internals
///     compileFunction('events')      function (exports, require, module,
///                                              process, internalBinding) {...}
///     getCacheUsage()                { compiledWithCache: ['events', ...],
///                                      compiledWithoutCache: [...],
///                                      compiledInSnapshot: [] }
///
/// The loader in lib/internal/bootstrap/realm.js calls compileFunction once
/// per built-in, the first time it is required, then calls the function with
/// the module's objects; the C++ side never runs a built-in itself.
#include <v8.h>

#include <string>
#include <vector>

#include "binding_registry.h"
#include "bootstrap.h"
#include "engine.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::Realm;

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) {
    isolate->ThrowException(v8::Exception::TypeError(
        engine::ToV8String(isolate, "The \"id\" argument must be of type string")));
    return;
  }
  Realm& realm = Realm::GetCurrent(info);
  v8::Local<v8::Function> function;
  if (LoaderOf(realm)
          .Compile(realm.context(), engine::ToUtf8(isolate, info[0]))
          .ToLocal(&function)) {
    info.GetReturnValue().Set(function);
  }
}

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& ids) {
  std::vector<v8::Local<v8::Value>> names;
  for (const std::string& id : ids) names.push_back(engine::ToV8String(isolate, id));
  return v8::Array::New(isolate, names.data(), names.size());
}

// Which built-ins came from the build's code cache and which V8 compiled from
// source (none, when the cache is current and V8 runs with its default
// flags). Node's function of the same name, for its test of the cache; this
// stage has no snapshot, so compiledInSnapshot is always empty.
void GetCacheUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  const BuiltinLoader::CacheUsage& usage = LoaderOf(realm).cache_usage();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  v8::Local<v8::Context> context = realm.context();
  result->Set(context, realm.Name("compiledWithCache"), ToArray(isolate, usage.with_cache)).Check();
  result->Set(context, realm.Name("compiledWithoutCache"), ToArray(isolate, usage.without_cache))
      .Check();
  result->Set(context, realm.Name("compiledInSnapshot"), v8::Array::New(isolate)).Check();
  info.GetReturnValue().Set(result);
}

void InitializeBuiltins(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  std::vector<std::string_view> ids = LoaderOf(realm).Ids();
  v8::Local<v8::Array> names = v8::Array::New(isolate, static_cast<int>(ids.size()));
  for (size_t i = 0; i < ids.size(); i++) {
    names->Set(context, static_cast<uint32_t>(i), engine::ToV8String(isolate, ids[i])).Check();
  }
  exports->CreateDataProperty(context, realm.Name("builtinIds"), names).Check();
  // --expose-internals lets a user's require() reach internal/* (Node's flag).
  bool expose = realm.runtime().command_line().HasFlag("--expose-internals");
  exports
      ->CreateDataProperty(context, realm.Name("exposeInternals"),
                           v8::Boolean::New(isolate, expose))
      .Check();
  realm.SetMethod(exports, "compileFunction", CompileFunction, 1);
  realm.SetMethod(exports, "getCacheUsage", GetCacheUsage, 0);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(builtins, modules::InitializeBuiltins);
}  // namespace bindings
