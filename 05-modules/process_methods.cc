/// \file
/// The `process_methods` binding: the natives behind some of `process`'s
/// methods (Node: src/node_process_methods.cc). lib/internal/bootstrap/node.js
/// puts them on `process`.
///
///     cwd()          the current directory (uv_cwd)
///     chdir(dir)     changes it (uv_chdir); a failure throws Node's
///                    "ENOENT: no such file or directory, chdir '/' -> 'x'"
///     execPath       the absolute path of this executable (uv_exepath)
///     pid, ppid      this process's id and its parent's
///     umask([mask])  the file mode creation mask; sets it when given one
///     kill(pid, sig) sends a signal (uv_kill); returns 0 or a uv error code,
///                    which the JavaScript turns into Node's "kill ESRCH"
///     getTitle()     the title ps(1) shows (uv_get_process_title); main()
///     setTitle(t)    called uv_setup_args, which makes the title writable
///     versions       the versions of the libraries this program links
///     arch           the CPU this program was compiled for, in Node's words
///     execArgv       the runtime's options from the command line
///     unhandledRejections  the --unhandled-rejections mode ('throw' if none)
///     inputType      the --input-type given ('module' or 'commonjs'), or ''
///     argv0          argv[0] as the program was started (process.argv0)
///     runtimeFlags   the options this program understands
///     givenFlags     { '--no-warnings': true, ... } for the stage switches given
///
/// and, from process_usage.cc, the natives that measure the process.
#include <openssl/crypto.h>
#include <sys/stat.h>
#include <uv.h>
#include <v8.h>
#include <zlib.h>

#include <fstream>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "engine.h"
#include "node_errors.h"
#include "process_usage.h"
#include "realm.h"
#include "support/uv_errors.h"
#include "support/validate.h"
#include "version.h"

namespace modules {
namespace {

using bindings::Realm;

/// Calls a uv function that fills a buffer with a path.
template <typename Fill>
int PathFrom(Fill fill, std::string* out) {
  char buffer[4096];
  size_t size = sizeof buffer;
  int err = fill(buffer, &size);
  if (err == 0) out->assign(buffer, size);
  return err;
}

/// argv[0] as the program was started ("node", "./bin/05-modules"), which
/// the command line parser does not keep: the first string of
/// /proc/self/cmdline. Read when the binding is made, during the bootstrap:
/// before any script can set process.title, which writes over that memory.
std::string Argv0() {
  std::ifstream cmdline("/proc/self/cmdline", std::ios::binary);
  std::string first;
  std::getline(cmdline, first, '\0');
  return first;
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string dir;
  if (int err = PathFrom(uv_cwd, &dir)) {
    isolate->ThrowException(errors::UvException(isolate, err, "uv_cwd"));
    return;
  }
  info.GetReturnValue().Set(engine::ToV8String(isolate, dir));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string dir;
  if (!pool::ValidateString(isolate, info[0], "directory", &dir)) return;
  if (int err = uv_chdir(dir.c_str())) {
    std::string from;
    PathFrom(uv_cwd, &from);
    isolate->ThrowException(errors::UvException(isolate, err, "chdir", from, dir));
  }
}

// umask(undefined) reads the mask (by setting it and putting it back: the
// only way POSIX offers); umask(mask) sets it. Either returns the old one.
void Umask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  mode_t old;
  if (info[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(info[0].As<v8::Uint32>()->Value() & 0777));
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int signal = info[1]->Int32Value(context).FromMaybe(0);
  info.GetReturnValue().Set(uv_kill(pid, signal));
}

void GetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char title[1024];
  if (uv_get_process_title(title, sizeof title) != 0) title[0] = '\0';
  info.GetReturnValue().Set(engine::ToV8String(info.GetIsolate(), title));
}

void SetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string title;
  if (!pool::ValidateString(info.GetIsolate(), info[0], "title", &title)) return;
  uv_set_process_title(title.c_str());  // a title too long is cut, as in Node
}

// process.versions: only libraries this program really links, with the
// versions they report at run time. Node's list also names what Node
// bundles and this program does not have (acorn, ada, ares, brotli, icu,
// llhttp, nghttp2, napi, modules, undici, ...); those keys are left out.
v8::Local<v8::Object> Versions(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  auto add = [&](const char* name, const std::string& version) {
    versions
        ->CreateDataProperty(realm.context(), realm.Name(name),
                             engine::ToV8String(isolate, version))
        .Check();
  };
  add("node", MODELLED_NODE_VERSION);
  add("openssl", OpenSSL_version(OPENSSL_VERSION_STRING));
  add("uv", uv_version_string());
  add("v8", v8::V8::GetVersion());
  add("zlib", zlibVersion());
  return versions;
}

// Node names the architecture it was built for, not the machine it runs on.
constexpr const char* kArch =
#if defined(__x86_64__)
    "x64";
#elif defined(__aarch64__)
    "arm64";
#elif defined(__i386__)
    "ia32";
#elif defined(__arm__)
    "arm";
#else
    "unknown";
#endif

void InitializeProcessMethods(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "cwd", Cwd, 0);
  realm.SetMethod(exports, "chdir", Chdir, 1);
  realm.SetMethod(exports, "umask", Umask, 1);
  realm.SetMethod(exports, "kill", Kill, 2);
  realm.SetMethod(exports, "getTitle", GetTitle, 0);
  realm.SetMethod(exports, "setTitle", SetTitle, 1);
  AddProcessUsageMethods(realm, exports);
  v8::Isolate* isolate = realm.isolate();
  exports
      ->CreateDataProperty(realm.context(), realm.Name("pid"),
                           v8::Integer::New(isolate, static_cast<int>(uv_os_getpid())))
      .Check();
  exports
      ->CreateDataProperty(realm.context(), realm.Name("ppid"),
                           v8::Integer::New(isolate, static_cast<int>(uv_os_getppid())))
      .Check();
  std::string exec_path;
  PathFrom(uv_exepath, &exec_path);
  exports
      ->CreateDataProperty(realm.context(), realm.Name("execPath"),
                           engine::ToV8String(realm.isolate(), exec_path))
      .Check();
  exports->CreateDataProperty(realm.context(), realm.Name("versions"), Versions(realm)).Check();
  const engine::CommandLine& cmd = realm.runtime().command_line();
  std::vector<v8::Local<v8::Value>> exec_args;
  for (const std::string& arg : cmd.exec_args)
    exec_args.push_back(engine::ToV8String(isolate, arg));
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    exports->CreateDataProperty(realm.context(), realm.Name(name), value).Check();
  };
  set("execArgv", v8::Array::New(isolate, exec_args.data(), exec_args.size()));
  set("arch", engine::ToV8String(isolate, kArch));
  set("unhandledRejections",
      engine::ToV8String(isolate, cmd.FlagValue("--unhandled-rejections", "throw")));
  set("inputType", engine::ToV8String(isolate, cmd.FlagValue("--input-type", "")));
  set("argv0", engine::ToV8String(isolate, Argv0()));
  // The options of this program that Node also lets NODE_OPTIONS give
  // (process.allowedNodeEnvironmentFlags): the stage's, the shared command
  // line's, and the V8 options Node lists, which reach V8 here as there.
  std::vector<v8::Local<v8::Value>> flags;
  for (const char* shared :
       {"--trace-uncaught", "--expose-gc", "--max-old-space-size", "--stack-trace-limit"})
    flags.push_back(engine::ToV8String(isolate, shared));
  for (const engine::StageInfo::Flag& flag : realm.runtime().stage().flags)
    flags.push_back(engine::ToV8String(isolate, flag.name));
  set("runtimeFlags", v8::Array::New(isolate, flags.data(), flags.size()));
  // Which of those switches were given ({ '--no-warnings': true, ... }).
  v8::Local<v8::Object> given = v8::Object::New(isolate);
  for (const std::string& flag : cmd.stage_flags) {
    given->CreateDataProperty(realm.context(), engine::ToV8String(isolate, flag), v8::True(isolate))
        .Check();
  }
  set("givenFlags", given);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(process_methods, modules::InitializeProcessMethods);
}  // namespace bindings
