/// \file
/// ReqWrap: a BaseObject for one libuv request in flight. (Node: src/req_wrap.h.)
///
/// A libuv *request* is a one-shot operation on a handle or on its own: a
/// write, a connect, a shutdown, a file system call. Node's bindings follow
/// one convention for all of them, which this stage keeps:
///
///     const req = new WriteWrap();            a JS object with an internal field
///     req.oncomplete = (status, ...) => {};   where the outcome will go
///     const err = handle.writeBuffer(req, data);
///         err < 0    refused at once (EBADF, EPIPE, ...): nothing more happens
///         err == 0   dispatched: oncomplete will be called exactly once, from
///                    the loop, with a status (0, or a negative uv error)
///
/// Behind the scenes, the dispatch creates the C++ ReqWrap and ties it to
/// `req`:
///
///     dispatch      new WriteReq(realm, req)   strong: the loop will need the
///                   uv_write(wrap->req(), ...)  JS object to call oncomplete
///     completion    req.oncomplete(status, ...)
///                   delete wrap                 explicit end: the internal
///                                               field is cleared, `req` is an
///                                               ordinary object again and may
///                                               be reused for another request
///
/// A JS request object that is never dispatched has no C++ side at all, so
/// there is nothing for the GC to free. A request still in flight when the
/// realm ends is detached: libuv completes it (with UV_ECANCELED, as its
/// handle is closed) and the completion frees it without calling JavaScript.
/// A request no handle owns (a file, a name lookup) is cancelled or waited
/// for instead (CancelAndWait).
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>

#include "base_object.h"
#include "realm.h"

namespace bindings {

template <typename UvRequest>
class ReqWrap : public BaseObject {
 public:
  ReqWrap(Realm& realm, v8::Local<v8::Object> object) : BaseObject(realm, object) {
    request_.data = this;
  }

  UvRequest* request() { return &request_; }
  /// The wrapper of a request libuv hands back to a callback.
  template <typename T>
  static T* From(UvRequest* request) {
    return static_cast<T*>(request->data);
  }

  /// The libuv call returned `err`. If it refused the request, no callback
  /// will ever come, so the wrapper ends now. Returns `err`.
  int Dispatched(int err) {
    if (err < 0) delete this;
    return err;
  }

  /// In the completion callback: calls `req.oncomplete(...argv)` (unless the
  /// realm has ended), then deletes the wrapper. `what` names the request in
  /// --trace-loop ("fs open 'a.txt' done"; empty: its class).
  void Complete(int argc, v8::Local<v8::Value> argv[], const std::string& what = {}) {
    if (Realm* realm = this->realm()) {
      realm->MakeCallback(object(), realm->CallbackName(Realm::Callback::kOnComplete), argc, argv,
                          what);
    }
    delete this;
  }

  /// The realm ends while libuv still owns the request: let libuv finish it.
  void OnRealmTeardown() override { DetachFromRealm(); }

 protected:
  /// Teardown for a request that no handle owns (a file system call, a name
  /// lookup), which libuv runs on a worker: closing handles will not end it,
  /// and the worker cannot be abandoned. So ask libuv to cancel `in_flight`
  /// (which works only if it has not started yet) and run the loop until
  /// its callback has come, either way. The callback must call
  /// MarkFinished() and then free this object, calling no JavaScript.
  void CancelAndWait(uv_req_t* in_flight) {
    uv_loop_t* loop = realm()->uv_loop();
    DetachFromRealm();
    bool finished = false;
    finished_ = &finished;
    uv_cancel(in_flight);
    while (!finished) uv_run(loop, UV_RUN_ONCE);
  }
  void MarkFinished() {
    if (finished_ != nullptr) *finished_ = true;
  }

 private:
  UvRequest request_;
  bool* finished_ = nullptr;  ///< set by MarkFinished(), during CancelAndWait()
};

/// A class of request objects (`new WriteWrap()`): instances carry
/// BaseObject's internal field, empty until a request is dispatched with
/// them; the constructor insists on `new`.
v8::Local<v8::FunctionTemplate> NewRequestClass(Realm& realm, const char* name);

/// Checks that `value` is an object made by `klass` (new WriteWrap(), ...)
/// with no request in flight; otherwise throws ERR_INVALID_ARG_TYPE (or
/// ERR_INVALID_ARG_VALUE for a request object already in use) and returns
/// false.
bool CheckRequestObject(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> klass,
                        const char* class_name, v8::Local<v8::Value> value);

}  // namespace bindings
