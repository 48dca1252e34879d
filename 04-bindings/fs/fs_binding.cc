/// \file
/// The `fs` binding's state and its export table: what
/// `internalBinding('fs')` holds, in one glance.
#include "fs/fs_binding.h"

#include "binding_registry.h"
#include "fs/fs_requests.h"
#include "req_wrap.h"

namespace bindings {
namespace fs {

FsBindingData::FsBindingData(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::FunctionTemplate> callback = v8::FunctionTemplate::New(isolate, NewFsReqCallback);
  callback->SetClassName(realm.Name("FSReqCallback"));
  callback->InstanceTemplate()->SetInternalFieldCount(kFsReqCallbackFieldCount);
  callback_class.Reset(isolate, callback);

  v8::Local<v8::ObjectTemplate> promise = v8::ObjectTemplate::New(isolate);
  promise->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  promise_class.Reset(isolate, promise);

  // Node's kUsePromises is a symbol with this description.
  use_promises.Reset(isolate, v8::Symbol::New(isolate, realm.Name("fs_use_promises_symbol")));

  // Two stats' worth in each, as in Node (fs_binding.h).
  const size_t count = 2 * kFsStatsFieldsNumber;
  v8::Local<v8::ArrayBuffer> doubles = v8::ArrayBuffer::New(isolate, count * sizeof(double));
  stat_store_ = doubles->GetBackingStore();
  stat_fields = static_cast<double*>(stat_store_->Data());
  stat_values.Reset(isolate, v8::Float64Array::New(doubles, 0, count));
  v8::Local<v8::ArrayBuffer> bigints = v8::ArrayBuffer::New(isolate, count * sizeof(int64_t));
  bigint_stat_store_ = bigints->GetBackingStore();
  bigint_stat_fields = static_cast<int64_t*>(bigint_stat_store_->Data());
  bigint_stat_values.Reset(isolate, v8::BigInt64Array::New(bigints, 0, count));
}

namespace {

void InitializeFs(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  FsBindingData& data = realm.binding_data<FsBindingData>();
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    exports->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set("FSReqCallback", data.callback_class.Get(isolate)->GetFunction(context).ToLocalChecked());
  set("kUsePromises", data.use_promises.Get(isolate));
  set("statValues", data.stat_values.Get(isolate));
  set("bigintStatValues", data.bigint_stat_values.Get(isolate));
  set("kFsStatsFieldsNumber", v8::Integer::New(isolate, kFsStatsFieldsNumber));

  struct Native {
    const char* name;
    v8::FunctionCallback function;
  };
  // On a descriptor (fs_descriptor_calls.cc).
  const Native kDescriptorCalls[] = {
      {"open", Open},
      {"close", Close},
      {"read", Read},
      {"writeBuffer", WriteBuffer},
      {"writeBuffers", WriteBuffers},
      {"writeString", WriteString},
      {"fstat", FStat},
      {"ftruncate", FTruncate},
      {"fsync", FSync},
      {"fdatasync", FDataSync},
      {"futimes", FUTimes},
      {"fchmod", FChmod},
      {"fchown", FChown},
  };
  // On a path (fs_path_calls.cc).
  const Native kPathCalls[] = {
      {"stat", Stat},         {"lstat", LStat},       {"readdir", ReadDir},
      {"mkdir", MkDir},       {"rmdir", RmDir},       {"unlink", Unlink},
      {"rename", Rename},     {"access", Access},     {"existsSync", ExistsSync},
      {"realpath", RealPath}, {"readlink", ReadLink}, {"symlink", Symlink},
      {"link", Link},         {"copyFile", CopyFile}, {"utimes", UTimes},
      {"lutimes", LUTimes},   {"chmod", Chmod},       {"chown", Chown},
      {"lchown", LChown},     {"mkdtemp", MkdTemp},
  };
  // Node's natives report a length of 0; so do these.
  for (const Native& native : kDescriptorCalls)
    realm.SetMethod(exports, native.name, native.function);
  for (const Native& native : kPathCalls) realm.SetMethod(exports, native.name, native.function);
}

}  // namespace
}  // namespace fs

BINDING_REGISTER(fs, fs::InitializeFs);

}  // namespace bindings
