/// \file
/// The `http_parser` binding (Node: src/node_http_parser.cc): the parser of
/// parser/ in the shape Node's lib/_http_common.js, _http_server.js and
/// _http_client.js drive.
///
///     HTTPParser        the parser (http_parser.h lists its methods and callbacks)
///     ConnectionsList   a server's connections, for its timeouts (connections_list.h)
///     methods           the names of the HTTP request methods
///     allMethods        every method name, indexed by the number a request's
///                       method arrives as in kOnHeadersComplete
///     maxHeaderSize     a parser's header limit when it is given none
///                       (--max-http-header-size; http.maxHeaderSize)
///
/// The parser itself is parser/parser.h.
#include <v8.h>

#include <string>

#include "binding_registry.h"
#include "connections_list.h"
#include "engine.h"
#include "http_parser.h"
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
  v8::Local<v8::FunctionTemplate> parser = HttpParser::MakeClass(realm);
  v8::Local<v8::FunctionTemplate> list = ConnectionsList::MakeClass(realm);
  exports->Set(context, realm.Name("methods"), MethodNames(isolate, false)).Check();
  exports->Set(context, realm.Name("allMethods"), MethodNames(isolate, true)).Check();
  double max_header_size = static_cast<double>(DefaultMaxHeaderSize(realm));
  exports->Set(context, realm.Name("maxHeaderSize"), v8::Number::New(isolate, max_header_size))
      .Check();
  exports->Set(context, realm.Name("HTTPParser"), parser->GetFunction(context).ToLocalChecked())
      .Check();
  exports->Set(context, realm.Name("ConnectionsList"), list->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace

BINDING_REGISTER(http_parser, Initialize);

}  // namespace bindings
