/// \file
/// ConnectionsList: the parsers of one server's connections, for its
/// timeouts (Node: ConnectionsList in src/node_http_parser.cc, read by
/// lib/_http_server.js). Each parser notes when its current message began
/// (http_parser.h); the server asks, every so often, which connections are
/// idle, which are in the middle of a message, and which have taken longer
/// than `headersTimeout` to send their headers or `requestTimeout` to send
/// their request, and closes those.
///
///     new ConnectionsList()
///     list.all(), list.idle(), list.active()   arrays of parser objects
///     list.expired(headersTimeout, requestTimeout)   (ms; 0: no limit)
///
/// A parser joins the list in initialize() and leaves it in remove() or
/// when it dies; the list holds plain pointers, never the objects.
#pragma once

#include <v8.h>

#include <set>

#include "base_object.h"
#include "realm.h"

namespace bindings {

class HttpParser;

class ConnectionsList : public BaseObject {
 public:
  ConnectionsList(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) {
    MakeWeak();
  }
  ~ConnectionsList() override;

  void Push(HttpParser* parser) { all_.insert(parser); }
  void Pop(HttpParser* parser) { all_.erase(parser); }
  void PushActive(HttpParser* parser) { active_.insert(parser); }
  void PopActive(HttpParser* parser) { active_.erase(parser); }

  /// The class, with its methods, for the binding's exports.
  static v8::Local<v8::FunctionTemplate> MakeClass(Realm& realm);

 private:
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void All(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Idle(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Active(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Expired(const v8::FunctionCallbackInfo<v8::Value>& info);

  std::set<HttpParser*> all_;
  std::set<HttpParser*> active_;
};

}  // namespace bindings
