/// \file
/// HandleWrap: a BaseObject that owns a libuv handle. (Node: src/handle_wrap.h.)
///
/// A libuv *handle* is a long-lived object the loop watches: a socket, a
/// timer. Its memory is a member of the C++ wrapper (TcpWrap holds a
/// uv_tcp_t), and its life has three steps:
///
///     new TCP()        uv_tcp_init(): the handle is open. The wrapper is
///        │             strong: the loop may call back into the JS object at
///        │             any time (onread, onconnection, ontimeout), so the GC
///        │             must not take it, even if the script keeps no reference
///        │             (a listening server nobody points to still serves).
///     close(cb)  ───>  uv_close(): the handle is *closing*. libuv still uses
///        │             its memory: it must stop watching the socket, and cancel
///        │             the requests queued on it, each with UV_ECANCELED.
///        │             ... the close phase of a later loop iteration ...
///     OnClosed() ───>  libuv is done with it. cb() is called, then the C++
///                      wrapper is deleted; the internal field is cleared and
///                      the JS object, a harmless shell now, is left to the GC.
///
/// So a handle wrapper dies explicitly, by close(), never by the GC. A
/// handle the script never closes is closed by the Realm at the end of the
/// program; its close callback then frees it and calls no JavaScript.
///
/// **Refs.** An open handle that is *active* (a listening socket, a started
/// timer, a socket reading) keeps the loop, and so the process, alive unless
/// it is unref()'d; ref(), unref() and hasRef() are uv_ref, uv_unref and
/// uv_has_ref, as stage 02's timers use them.
#pragma once

#include <uv.h>
#include <v8.h>

#include "base_object.h"

namespace bindings {

class HandleWrap : public BaseObject {
 public:
  /// Adds close(callback), ref(), unref() and hasRef() to a class's prototype.
  static void AddMethods(Realm& realm, v8::Local<v8::FunctionTemplate> klass);

  /// Starts closing the handle (if it is open); `callback`, if a function,
  /// is called with the wrapper as `this` once libuv has let the handle go.
  void Close(v8::Local<v8::Value> callback = {});
  /// Close() through another libuv call that closes a handle, such as
  /// uv_tcp_close_reset (a TCP close with a RST). Returns its error; if it
  /// fails, the handle stays open.
  using Closer = int (*)(uv_handle_t* handle, uv_close_cb on_closed);
  int CloseWith(v8::Local<v8::Value> callback, Closer closer);
  bool IsOpen() const { return state_ == State::kOpen; }
  /// The open wrapper of type T behind `info.This()`, for a method of a
  /// handle class; or nullptr, after setting the method's return value to
  /// UV_EBADF (a closed handle), as libuv would answer for a closed fd.
  template <typename T>
  static T* OpenWrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    T* wrap = Unwrap<T>(info.This());
    if (wrap != nullptr && wrap->IsOpen()) return wrap;
    info.GetReturnValue().Set(UV_EBADF);
    return nullptr;
  }
  uv_handle_t* handle() const { return handle_; }

  /// The realm ends: closes the handle without calling back into JavaScript.
  void OnRealmTeardown() override;

 protected:
  /// `handle` is the wrapper's own libuv handle, which the subclass
  /// initialises (uv_tcp_init, ...) in its constructor.
  HandleWrap(Realm& realm, v8::Local<v8::Object> object, uv_handle_t* handle);

 private:
  enum class State { kOpen, kClosing };

  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  /// libuv's close callback: the end of the wrapper.
  static void OnClosed(uv_handle_t* handle);

  uv_handle_t* const handle_;
  State state_ = State::kOpen;
  v8::Global<v8::Function> close_callback_;
};

}  // namespace bindings
