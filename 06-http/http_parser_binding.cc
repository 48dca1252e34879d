/// \file
/// The `http_parser` binding (Node: src/node_http_parser.cc): the parser of
/// parser/ in the shape Node's lib/_http_common.js, _http_server.js and
/// _http_client.js drive.
///
///     methods, allMethods      the method names, by number (parser/methods.h)
#include <v8.h>

#include "binding_registry.h"
#include "engine.h"
#include "parser/methods.h"
#include "realm.h"

namespace bindings {
namespace {

/// `methods` (the HTTP ones) or `allMethods` (every one, indexed by number).
v8::Local<v8::Array> MethodNames(v8::Isolate* isolate, bool all) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = v8::Array::New(isolate);
  uint32_t length = 0;
  for (size_t i = 0; i < http::kMethodCount; i++) {
    if (!all && !http::kMethods[i].http) continue;
    std::string name(http::kMethods[i].name);
    names->Set(context, length++, engine::ToV8String(isolate, name)).Check();
  }
  return names;
}

void Initialize(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  exports->Set(context, realm.Name("methods"), MethodNames(isolate, false)).Check();
  exports->Set(context, realm.Name("allMethods"), MethodNames(isolate, true)).Check();
}

}  // namespace

BINDING_REGISTER(http_parser, Initialize);

}  // namespace bindings
