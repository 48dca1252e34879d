#include "handle_wrap.h"

#include <string>

#include "engine.h"
#include "loop_trace.h"
#include "node_errors.h"
#include "realm.h"

namespace bindings {

HandleWrap::HandleWrap(Realm& realm, v8::Local<v8::Object> object, uv_handle_t* handle)
    : BaseObject(realm, object), handle_(handle) {
  handle_->data = this;
}

void HandleWrap::AddMethods(Realm& realm, v8::Local<v8::FunctionTemplate> klass) {
  realm.SetProtoMethod(klass, "close", Close, 1);
  realm.SetProtoMethod(klass, "ref", Ref);
  realm.SetProtoMethod(klass, "unref", Unref);
  realm.SetProtoMethod(klass, "hasRef", HasRef);
}

void HandleWrap::Close(v8::Local<v8::Value> callback) {
  if (state_ != State::kOpen) return;
  state_ = State::kClosing;
  if (!callback.IsEmpty() && callback->IsFunction()) {
    close_callback_.Reset(isolate(), callback.As<v8::Function>());
  }
  uv_close(handle_, OnClosed);
}

int HandleWrap::CloseWith(v8::Local<v8::Value> callback, Closer closer) {
  if (state_ != State::kOpen) return 0;
  int err = closer(handle_, OnClosed);
  if (err != 0) return err;
  state_ = State::kClosing;
  if (!callback.IsEmpty() && callback->IsFunction()) {
    close_callback_.Reset(isolate(), callback.As<v8::Function>());
  }
  return 0;
}

void HandleWrap::OnRealmTeardown() {
  DetachFromRealm();  // from now on, OnClosed() calls no JavaScript
  Close();
}

void HandleWrap::OnClosed(uv_handle_t* handle) {
  HandleWrap* wrap = static_cast<HandleWrap*>(handle->data);
  Realm* realm = wrap->realm();
  if (realm != nullptr && !wrap->close_callback_.IsEmpty()) {
    v8::Isolate* isolate = wrap->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Function> callback = wrap->close_callback_.Get(isolate);
    wrap->close_callback_.Reset();
    loop::LoopTrace& trace = realm->runtime().trace();
    if (trace.chrome() != nullptr) {
      trace.BeginCallback(loop::LoopTrace::Phase::kClose,
                          engine::ToUtf8(isolate, wrap->object()->GetConstructorName()) +
                              " closed -> " + loop::LoopTrace::Describe(callback));
    }
    realm->runtime().CallFromLoop(callback, wrap->object(), 0, nullptr);
  }
  delete wrap;
}

// ---- The JavaScript methods. A closed wrapper has no C++ object any more:
// close() and ref() then do nothing, hasRef() is false, as in Node.

void HandleWrap::Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsUndefined() && !info[0]->IsFunction()) {
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  if (HandleWrap* wrap = Unwrap<HandleWrap>(info.This())) wrap->Close(info[0]);
}

void HandleWrap::Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  if (wrap != nullptr && wrap->IsOpen()) uv_ref(wrap->handle_);
}

void HandleWrap::Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  if (wrap != nullptr && wrap->IsOpen()) uv_unref(wrap->handle_);
}

void HandleWrap::HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap<HandleWrap>(info.This());
  info.GetReturnValue().Set(wrap != nullptr && wrap->IsOpen() && uv_has_ref(wrap->handle_) != 0);
}

}  // namespace bindings
