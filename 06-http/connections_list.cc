/// \file
/// ConnectionsList's methods (connections_list.h).
#include "connections_list.h"

#include "http_parser.h"

namespace bindings {

ConnectionsList::~ConnectionsList() {
  for (HttpParser* parser : all_) parser->ForgetList();
  for (HttpParser* parser : active_) parser->ForgetList();
}

void ConnectionsList::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  new ConnectionsList(Realm::GetCurrent(info), info.This());
}

static v8::Local<v8::Array> ObjectsOf(v8::Isolate* isolate, const std::set<HttpParser*>& parsers,
                                      bool only_idle) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t length = 0;
  for (HttpParser* parser : parsers) {
    if (only_idle && parser->last_message_start() != 0) continue;
    result->Set(context, length++, parser->object()).Check();
  }
  return result;
}

void ConnectionsList::All(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->all_, false));
}

void ConnectionsList::Idle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->all_, true));
}

void ConnectionsList::Active(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self != nullptr) {
    info.GetReturnValue().Set(ObjectsOf(info.GetIsolate(), self->active_, false));
  }
}

// expired(headersTimeout, requestTimeout): the parsers whose message began
// too long ago (still in its headers past the first, or unfinished past
// the second, in milliseconds; 0 is no limit). They are no longer active.
void ConnectionsList::Expired(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ConnectionsList* self = Unwrap<ConnectionsList>(info.This());
  if (self == nullptr) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint64_t headers_timeout = info[0]->IntegerValue(context).FromMaybe(0) * 1000000;
  uint64_t request_timeout = info[1]->IntegerValue(context).FromMaybe(0) * 1000000;
  uint64_t now = uv_hrtime();
  uint64_t headers_deadline =
      headers_timeout > 0 && now > headers_timeout ? now - headers_timeout : 0;
  uint64_t request_deadline =
      request_timeout > 0 && now > request_timeout ? now - request_timeout : 0;
  v8::Local<v8::Array> expired = v8::Array::New(info.GetIsolate());
  uint32_t length = 0;
  for (auto it = self->active_.begin(); it != self->active_.end();) {
    HttpParser* parser = *it;
    uint64_t start = parser->last_message_start();
    if ((!parser->headers_completed() && headers_deadline > 0 && start < headers_deadline) ||
        (request_deadline > 0 && start < request_deadline)) {
      expired->Set(context, length++, parser->object()).Check();
      it = self->active_.erase(it);  // still in all_: the server closes it
    } else {
      ++it;
    }
  }
  info.GetReturnValue().Set(expired);
}

v8::Local<v8::FunctionTemplate> ConnectionsList::MakeClass(Realm& realm) {
  v8::Local<v8::FunctionTemplate> list = realm.NewClass("ConnectionsList", ConnectionsList::New);
  realm.SetProtoMethod(list, "all", ConnectionsList::All);
  realm.SetProtoMethod(list, "idle", ConnectionsList::Idle);
  realm.SetProtoMethod(list, "active", ConnectionsList::Active);
  realm.SetProtoMethod(list, "expired", ConnectionsList::Expired);
  return list;
}

}  // namespace bindings
