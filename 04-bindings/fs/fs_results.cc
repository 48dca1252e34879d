/// \file
/// A finished uv_fs_t as the JS value its call promised (FsCall::result),
/// the same for the synchronous, callback and promise forms. Where libuv
/// leaves the answer:
///
///     result         open's fd, read's and write's byte counts
///     statbuf        stat, lstat, fstat
///     ptr            realpath's and readlink's string (libuv allocated it;
///                    uv_fs_req_cleanup frees it)
///     path           mkdtemp's template, XXXXXX replaced
///     scandir_next   readdir's entries, one uv_dirent_t at a time
#include <uv.h>

#include <cstring>
#include <vector>

#include "fs/fs_requests.h"

namespace bindings {
namespace fs {
namespace {

v8::MaybeLocal<v8::Value> EncodeCString(Realm& realm, const char* text, const FsCall& call) {
  return EncodeName(realm, text, std::strlen(text), call.encoding);
}

// readdir: every entry's name, and with file types a second array of
// uv_dirent_type_t numbers (UV_DIRENT_FILE is 1, ...), which lib/fs.js
// turns into Dirents. "." and ".." are not among them.
v8::MaybeLocal<v8::Value> Entries(Realm& realm, uv_fs_t* request, const FsCall& call) {
  v8::Isolate* isolate = realm.isolate();
  std::vector<v8::Local<v8::Value>> names, types;
  uv_dirent_t entry;
  while (uv_fs_scandir_next(request, &entry) != UV_EOF) {
    v8::Local<v8::Value> name;
    if (!EncodeCString(realm, entry.name, call).ToLocal(&name)) return {};
    names.push_back(name);
    types.push_back(v8::Integer::New(isolate, entry.type));
  }
  v8::Local<v8::Array> name_array = v8::Array::New(isolate, names.data(), names.size());
  if (call.result == FsResult::kNames) return name_array;
  v8::Local<v8::Value> pair[] = {name_array, v8::Array::New(isolate, types.data(), types.size())};
  return v8::Array::New(isolate, pair, 2);
}

}  // namespace

v8::MaybeLocal<v8::Value> ResultOf(Realm& realm, uv_fs_t* request, FsCall& call) {
  v8::Isolate* isolate = realm.isolate();
  switch (call.result) {
    case FsResult::kNone:
      return v8::Undefined(isolate);
    case FsResult::kNumber:
      return v8::Number::New(isolate, static_cast<double>(request->result));
    case FsResult::kStats:
      return StatsValue(realm, request->statbuf, call.bigint, call.fresh);
    case FsResult::kPtrPath:
      return EncodeCString(realm, static_cast<const char*>(request->ptr), call);
    case FsResult::kTemplatePath:
      return EncodeCString(realm, request->path, call);
    case FsResult::kNames:
    case FsResult::kNamesAndTypes:
      return Entries(realm, request, call);
    case FsResult::kFirstCreated:
      if (call.first_created.empty()) return v8::Undefined(isolate);
      return EncodeName(realm, call.first_created.data(), call.first_created.size(), call.encoding);
  }
  return v8::Undefined(isolate);
}

}  // namespace fs
}  // namespace bindings
