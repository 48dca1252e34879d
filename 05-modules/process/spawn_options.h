/// \file
/// SpawnOptions: the options object of `process.spawn(options)` and
/// `spawn_sync.spawn(options)` read into what uv_spawn() takes. (Node:
/// ProcessWrap::Spawn and SyncProcessRunner::ParseOptions each read it;
/// here the two bindings share one reader.)
///
///     { file, args: [argv0, ...], cwd, envPairs: ['K=V', ...],
///       uid, gid, detached, windowsHide, windowsVerbatimArguments }
///
/// lib/internal/child_process.js has validated the options (Node's errors
/// are thrown there); this reader only converts them, and throws a plain
/// TypeError if a field has the wrong type anyway.
///
/// uv_process_options_t holds `char*` pointers: the strings live in this
/// object, which must outlive the uv_spawn() call. (libuv forks and execs
/// inside uv_spawn, so nothing is needed after it returns.) The `stdio`
/// field is each binding's own: the asynchronous one connects Pipe objects,
/// the synchronous one makes its pipes on its own loop.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

namespace modules {

class SpawnOptions {
 public:
  /// Reads `options`; false with an exception pending if a field is wrong.
  bool Parse(v8::Isolate* isolate, v8::Local<v8::Object> options);

  /// The libuv options (without stdio), pointing into this object.
  uv_process_options_t ToUv(uv_exit_cb on_exit);

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::string cwd_;
  bool has_cwd_ = false;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  bool has_env_ = false;
  std::vector<char*> argv_;  ///< args_ as libuv wants them, NULL-terminated
  std::vector<char*> envp_;
  unsigned int flags_ = 0;
  uv_uid_t uid_ = 0;
  uv_gid_t gid_ = 0;
};

/// options[name] as a string, or false with a TypeError pending.
bool GetStringField(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name,
                    std::string* out, bool* present = nullptr);

/// The whole `Number` value of options[name] (an int64), or `fallback` if absent.
bool GetIntegerField(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name,
                     int64_t fallback, int64_t* out);

}  // namespace modules
