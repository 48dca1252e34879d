#include "fs/fs_requests.h"

#include <cstring>
#include <string>

#include "io_trace.h"
#include "support/validate.h"

namespace bindings {
namespace fs {
namespace {

/// The FSReqCallback field that holds the BigInt flag (after BaseObject's).
constexpr int kBigintSlot = kFsReqCallbackFieldCount - 1;

// A kUsePromises request's oncomplete: settles the promise kept in `data`.
void SettlePromise(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver = info.Data().As<v8::Promise::Resolver>();
  if (!info[0]->IsNull()) {
    resolver->Reject(context, info[0]).Check();
  } else {
    resolver->Resolve(context, info[1]).Check();
  }
}

}  // namespace

void NewFsReqCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) {
    errors::Throw(info.GetIsolate(),
                  errors::ConstructCallRequired(info.GetIsolate(), "FSReqCallback"));
    return;
  }
  // V8 leaves internal fields undefined; "no request yet" must read as null.
  info.This()->SetAlignedPointerInInternalField(BaseObject::kSlot, nullptr);
  info.This()->SetInternalField(kBigintSlot,
                                v8::Boolean::New(info.GetIsolate(), info[0]->IsTrue()));
}

bool WantsBigint(v8::Local<v8::Object> req) { return req->GetInternalField(kBigintSlot)->IsTrue(); }

v8::Local<v8::Object> NewPromiseRequest(Realm& realm, v8::Local<v8::Promise>* promise) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Promise::Resolver> resolver = v8::Promise::Resolver::New(context).ToLocalChecked();
  v8::Local<v8::Object> object = realm.binding_data<FsBindingData>()
                                     .promise_class.Get(isolate)
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  v8::Local<v8::Function> settle =
      v8::Function::New(context, SettlePromise, resolver, 2, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  object->Set(context, realm.CallbackName(Realm::Callback::kOnComplete), settle).Check();
  *promise = resolver->GetPromise();
  return object;
}

bool ValidateRequest(const v8::FunctionCallbackInfo<v8::Value>& info, int index, FsForm* form) {
  v8::Local<v8::Value> value = info[index];
  if (value->IsUndefined()) {
    *form = FsForm::kSync;
    return true;
  }
  v8::Isolate* isolate = info.GetIsolate();
  FsBindingData& data = Realm::GetCurrent(info).binding_data<FsBindingData>();
  if (value->StrictEquals(data.use_promises.Get(isolate))) {
    *form = FsForm::kPromise;
    return true;
  }
  *form = FsForm::kCallback;
  return CheckRequestObject(isolate, data.callback_class.Get(isolate), "FSReqCallback", value);
}

void SyncFailure(const v8::FunctionCallbackInfo<v8::Value>& info, int err, const FsCall& call,
                 v8::Local<v8::Value> ctx) {
  v8::Isolate* isolate = info.GetIsolate();
  if (call.missing_is_undefined && (err == UV_ENOENT || err == UV_ENOTDIR)) return;
  if (ctx.IsEmpty() || !ctx->IsObject()) {
    isolate->ThrowException(errors::UvException(isolate, err, call.syscall, call.path, call.dest));
    return;
  }
  Realm& realm = Realm::GetCurrent(info);
  v8::Local<v8::Object> object = ctx.As<v8::Object>();
  object->Set(realm.context(), realm.Name("errno"), v8::Integer::New(isolate, err)).Check();
  object->Set(realm.context(), realm.Name("syscall"), realm.Name(call.syscall)).Check();
  info.GetReturnValue().Set(err);
}

// ---- FsReq ----

FsReq::FsReq(Realm& realm, v8::Local<v8::Object> object, FsCall call)
    : ReqWrap(realm, object), call_(std::move(call)) {
  // Zeroed, so that the destructor's cleanup is safe when QueueWork() ran
  // the call and libuv never filled this request in.
  std::memset(request(), 0, sizeof(uv_fs_t));
  request()->data = this;
  in_flight_ = reinterpret_cast<uv_req_t*>(request());
}

FsReq::~FsReq() { uv_fs_req_cleanup(request()); }

void FsReq::AfterFs(uv_fs_t* request) { From<FsReq>(request)->Finish(request->result); }

int FsReq::QueueWork(std::function<int()> job) {
  job_ = std::move(job);
  work_.data = this;
  in_flight_ = reinterpret_cast<uv_req_t*>(&work_);
  auto run = [](uv_work_t* work) {
    FsReq* wrap = static_cast<FsReq*>(work->data);
    wrap->job_result_ = wrap->job_();
  };
  auto after = [](uv_work_t* work, int status) {
    FsReq* wrap = static_cast<FsReq*>(work->data);
    wrap->Finish(status < 0 ? status : wrap->job_result_);  // status: UV_ECANCELED
  };
  int err = Dispatched(uv_queue_work(realm()->uv_loop(), &work_, run, after));
  if (err == 0) TraceQueued(*realm(), call_.syscall, call_.path);
  return err;
}

void TraceQueued(Realm& realm, const char* syscall, const std::string& path) {
  loop::LoopTrace& trace = realm.runtime().trace();
  if (!trace.enabled()) return;
  std::string what = std::string("fs ") + syscall + (path.empty() ? "" : " '" + path + "'");
  TraceNote(trace, "[pool] " + what + " queued on libuv's pool");
}

std::string FsReq::TraceDone(ssize_t result) const {
  std::string text = std::string("fs ") + call_.syscall +
                     (call_.path.empty() ? "" : " '" + call_.path + "'") + " done";
  if (result < 0) return text + ": " + uv_err_name(static_cast<int>(result));
  if (call_.result != FsResult::kNumber) return text;
  // open answers a descriptor, read and write a byte count.
  bool opened = std::string(call_.syscall) == "open";
  return text + ": " + (opened ? "fd " : "") + std::to_string(result) + (opened ? "" : " bytes");
}

void FsReq::Finish(ssize_t result) {
  MarkFinished();
  Realm* realm = this->realm();
  if (realm == nullptr) {  // the realm has ended: nobody to tell
    delete this;
    return;
  }
  v8::Isolate* isolate = this->isolate();
  v8::HandleScope handle_scope(isolate);
  std::string what = realm->runtime().trace().enabled() ? TraceDone(result) : std::string();
  if (result < 0) {
    v8::Local<v8::Value> error = errors::UvException(isolate, static_cast<int>(result),
                                                     call_.syscall, call_.path, call_.dest);
    Complete(1, &error, what);
    return;
  }
  v8::Local<v8::Value> value;
  {
    v8::TryCatch try_catch(isolate);  // a result too large for a string
    if (!ResultOf(*realm, request(), call_).ToLocal(&value)) {
      v8::Local<v8::Value> error = try_catch.Exception();
      Complete(1, &error, what);
      return;
    }
  }
  // As in Node, no second argument when there is no result (close, or a
  // recursive mkdir that made nothing).
  v8::Local<v8::Value> argv[] = {v8::Null(isolate), value};
  Complete(value->IsUndefined() ? 1 : 2, argv, what);
}

void FsReq::OnRealmTeardown() { CancelAndWait(in_flight_); }

}  // namespace fs
}  // namespace bindings
