/// \file
/// The `os` binding: what libuv knows about the machine and the user, in
/// Node's shape (Node: src/node_os.cc), for lib/os.js.
///
///     getHostname(ctx)            uv_os_gethostname
///     getOSInformation(ctx)       [sysname, version, release, machine] (uv_os_uname)
///     getHomeDirectory(ctx)       uv_os_homedir
///     getUserInfo(options, ctx)   { uid, gid, username, homedir, shell } (uv_os_get_passwd)
///     getCPUs()                   [model, speed, user, nice, sys, idle, irq, ...] per CPU
///     getTotalMem(), getFreeMem(), getUptime(ctx), getLoadAvg(array)
///     getInterfaceAddresses(ctx)  [name, address, netmask, family, mac, internal,
///                                  scopeid, ...] per address
///     getPriority(pid, ctx), setPriority(pid, priority, ctx), getAvailableParallelism()
///     isBigEndian, constants      { signals, errno, priority }
///
/// A failing call fills `ctx` with { errno, code, message, syscall } and
/// returns undefined; lib/os.js turns that into Node's ERR_SYSTEM_ERROR, as
/// Node's own os.js does.
#include <uv.h>
#include <v8.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "binding_registry.h"
#include "engine.h"
#include "realm.h"
#include "support/uv_errors.h"

namespace modules {
namespace {

using bindings::Realm;

v8::Local<v8::String> Str(v8::Isolate* isolate, const std::string& text) {
  return engine::ToV8String(isolate, text);
}

/// Fills ctx (argument `index`) with what failed; returns nothing to JS.
void FillContext(const v8::FunctionCallbackInfo<v8::Value>& info, int index, int err,
                 const char* syscall) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[index]->IsObject()) return;
  v8::Local<v8::Object> ctx = info[index].As<v8::Object>();
  ctx->Set(context, Str(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
  ctx->Set(context, Str(isolate, "code"), Str(isolate, errors::UvErrorName(err))).Check();
  ctx->Set(context, Str(isolate, "message"), Str(isolate, errors::UvMessage(err))).Check();
  ctx->Set(context, Str(isolate, "syscall"), Str(isolate, syscall)).Check();
}

void GetHostname(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buffer;
  if (int err = uv_os_gethostname(buffer, &size))
    return FillContext(info, 0, err, "uv_os_gethostname");
  info.GetReturnValue().Set(Str(info.GetIsolate(), std::string(buffer, size)));
}

void GetOSInformation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_utsname_t name;
  if (int err = uv_os_uname(&name)) return FillContext(info, 0, err, "uv_os_uname");
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> fields[] = {Str(isolate, name.sysname), Str(isolate, name.version),
                                   Str(isolate, name.release), Str(isolate, name.machine)};
  info.GetReturnValue().Set(v8::Array::New(isolate, fields, 4));
}

void GetHomeDirectory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[4096];
  size_t size = sizeof buffer;
  if (int err = uv_os_homedir(buffer, &size)) return FillContext(info, 0, err, "uv_os_homedir");
  info.GetReturnValue().Set(Str(info.GetIsolate(), std::string(buffer, size)));
}

void GetUserInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_passwd_t passwd;
  if (int err = uv_os_get_passwd(&passwd)) return FillContext(info, 1, err, "uv_os_get_passwd");
  v8::Local<v8::Object> result = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    result->CreateDataProperty(context, Str(isolate, key), value).Check();
  };
  set("uid", v8::Integer::New(isolate, static_cast<int32_t>(passwd.uid)));
  set("gid", v8::Integer::New(isolate, static_cast<int32_t>(passwd.gid)));
  set("username", Str(isolate, passwd.username));
  set("homedir", Str(isolate, passwd.homedir));
  set("shell", passwd.shell == nullptr ? v8::Null(isolate).As<v8::Value>()
                                       : Str(isolate, passwd.shell).As<v8::Value>());
  uv_os_free_passwd(&passwd);
  info.GetReturnValue().Set(result);
}

void GetCPUs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_cpu_info_t* cpus;
  int count;
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  if (uv_cpu_info(&cpus, &count) != 0) return info.GetReturnValue().Set(result);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& cpu = cpus[i];
    v8::Local<v8::Value> fields[] = {
        Str(isolate, cpu.model),
        v8::Number::New(isolate, cpu.speed),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.user)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.nice)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.sys)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.idle)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.irq))};
    for (v8::Local<v8::Value> field : fields) result->Set(context, index++, field).Check();
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(result);
}

void GetTotalMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void GetUptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double uptime;
  if (int err = uv_uptime(&uptime)) return FillContext(info, 0, err, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}

void GetLoadAvg(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFloat64Array() || info[0].As<v8::Float64Array>()->Length() < 3) return;
  double loads[3];
  uv_loadavg(loads);
  v8::Local<v8::Float64Array> array = info[0].As<v8::Float64Array>();
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  for (uint32_t i = 0; i < 3; i++)
    array->Set(context, i, v8::Number::New(info.GetIsolate(), loads[i])).Check();
}

void GetInterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* interfaces;
  int count;
  if (int err = uv_interface_addresses(&interfaces, &count)) {
    return FillContext(info, 0, err, "uv_interface_addresses");
  }
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& entry = interfaces[i];
    char address[INET6_ADDRSTRLEN];
    char netmask[INET6_ADDRSTRLEN];
    const char* family;
    int scope_id = -1;
    if (entry.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&entry.address.address4, address, sizeof address);
      uv_ip4_name(&entry.netmask.netmask4, netmask, sizeof netmask);
      family = "IPv4";
    } else {
      uv_ip6_name(&entry.address.address6, address, sizeof address);
      uv_ip6_name(&entry.netmask.netmask6, netmask, sizeof netmask);
      family = "IPv6";
      scope_id = static_cast<int>(entry.address.address6.sin6_scope_id);
    }
    char mac[18];
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(entry.phys_addr);
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", bytes[0], bytes[1], bytes[2],
             bytes[3], bytes[4], bytes[5]);
    v8::Local<v8::Value> fields[] = {Str(isolate, entry.name),
                                     Str(isolate, address),
                                     Str(isolate, netmask),
                                     Str(isolate, family),
                                     Str(isolate, mac),
                                     v8::Boolean::New(isolate, entry.is_internal),
                                     v8::Integer::New(isolate, scope_id)};
    for (v8::Local<v8::Value> field : fields) result->Set(context, index++, field).Check();
  }
  uv_free_interface_addresses(interfaces, count);
  info.GetReturnValue().Set(result);
}

void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int priority;
  int pid = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (int err = uv_os_getpriority(pid, &priority))
    return FillContext(info, 1, err, "uv_os_getpriority");
  info.GetReturnValue().Set(priority);
}

void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority = info[1]->Int32Value(context).FromMaybe(0);
  if (int err = uv_os_setpriority(pid, priority)) {
    FillContext(info, 2, err, "uv_os_setpriority");
    info.GetReturnValue().Set(err);
    return;
  }
  info.GetReturnValue().Set(0);
}

void GetAvailableParallelism(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(uv_available_parallelism()));
}

v8::Local<v8::Object> Constants(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  auto table = [&](std::initializer_list<std::pair<const char*, int>> entries) {
    v8::Local<v8::Object> object = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    for (const auto& [name, value] : entries) {
      object->CreateDataProperty(context, Str(isolate, name), v8::Integer::New(isolate, value))
          .Check();
    }
    return object;
  };
#define ENTRY(name) {#name, name}
  v8::Local<v8::Object> signals =
      table({ENTRY(SIGHUP),  ENTRY(SIGINT),    ENTRY(SIGQUIT),   ENTRY(SIGILL),   ENTRY(SIGTRAP),
             ENTRY(SIGABRT), ENTRY(SIGIOT),    ENTRY(SIGBUS),    ENTRY(SIGFPE),   ENTRY(SIGKILL),
             ENTRY(SIGUSR1), ENTRY(SIGSEGV),   ENTRY(SIGUSR2),   ENTRY(SIGPIPE),  ENTRY(SIGALRM),
             ENTRY(SIGTERM), ENTRY(SIGCHLD),   ENTRY(SIGSTKFLT), ENTRY(SIGCONT),  ENTRY(SIGSTOP),
             ENTRY(SIGTSTP), ENTRY(SIGTTIN),   ENTRY(SIGTTOU),   ENTRY(SIGURG),   ENTRY(SIGXCPU),
             ENTRY(SIGXFSZ), ENTRY(SIGVTALRM), ENTRY(SIGPROF),   ENTRY(SIGWINCH), ENTRY(SIGIO),
             ENTRY(SIGPOLL), ENTRY(SIGPWR),    ENTRY(SIGSYS)});
  v8::Local<v8::Object> errno_table =
      table({ENTRY(E2BIG),        ENTRY(EACCES),       ENTRY(EADDRINUSE),   ENTRY(EADDRNOTAVAIL),
             ENTRY(EAFNOSUPPORT), ENTRY(EAGAIN),       ENTRY(EALREADY),     ENTRY(EBADF),
             ENTRY(EBADMSG),      ENTRY(EBUSY),        ENTRY(ECANCELED),    ENTRY(ECHILD),
             ENTRY(ECONNABORTED), ENTRY(ECONNREFUSED), ENTRY(ECONNRESET),   ENTRY(EDEADLK),
             ENTRY(EDESTADDRREQ), ENTRY(EDOM),         ENTRY(EDQUOT),       ENTRY(EEXIST),
             ENTRY(EFAULT),       ENTRY(EFBIG),        ENTRY(EHOSTUNREACH), ENTRY(EIDRM),
             ENTRY(EILSEQ),       ENTRY(EINPROGRESS),  ENTRY(EINTR),        ENTRY(EINVAL),
             ENTRY(EIO),          ENTRY(EISCONN),      ENTRY(EISDIR),       ENTRY(ELOOP),
             ENTRY(EMFILE),       ENTRY(EMLINK),       ENTRY(EMSGSIZE),     ENTRY(EMULTIHOP),
             ENTRY(ENAMETOOLONG), ENTRY(ENETDOWN),     ENTRY(ENETRESET),    ENTRY(ENETUNREACH),
             ENTRY(ENFILE),       ENTRY(ENOBUFS),      ENTRY(ENODATA),      ENTRY(ENODEV),
             ENTRY(ENOENT),       ENTRY(ENOEXEC),      ENTRY(ENOLCK),       ENTRY(ENOLINK),
             ENTRY(ENOMEM),       ENTRY(ENOMSG),       ENTRY(ENOPROTOOPT),  ENTRY(ENOSPC),
             ENTRY(ENOSR),        ENTRY(ENOSTR),       ENTRY(ENOSYS),       ENTRY(ENOTCONN),
             ENTRY(ENOTDIR),      ENTRY(ENOTEMPTY),    ENTRY(ENOTSOCK),     ENTRY(ENOTSUP),
             ENTRY(ENOTTY),       ENTRY(ENXIO),        ENTRY(EOPNOTSUPP),   ENTRY(EOVERFLOW),
             ENTRY(EPERM),        ENTRY(EPIPE),        ENTRY(EPROTO),       ENTRY(EPROTONOSUPPORT),
             ENTRY(EPROTOTYPE),   ENTRY(ERANGE),       ENTRY(EROFS),        ENTRY(ESPIPE),
             ENTRY(ESRCH),        ENTRY(ESTALE),       ENTRY(ETIME),        ENTRY(ETIMEDOUT),
             ENTRY(ETXTBSY),      ENTRY(EWOULDBLOCK),  ENTRY(EXDEV)});
#undef ENTRY
  v8::Local<v8::Object> priority = table({{"PRIORITY_LOW", 19},
                                          {"PRIORITY_BELOW_NORMAL", 10},
                                          {"PRIORITY_NORMAL", 0},
                                          {"PRIORITY_ABOVE_NORMAL", -7},
                                          {"PRIORITY_HIGH", -14},
                                          {"PRIORITY_HIGHEST", -20}});
  v8::Local<v8::Object> constants =
      v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  constants->CreateDataProperty(context, Str(isolate, "signals"), signals).Check();
  constants->CreateDataProperty(context, Str(isolate, "errno"), errno_table).Check();
  constants->CreateDataProperty(context, Str(isolate, "priority"), priority).Check();
  return constants;
}

void InitializeOs(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "getHostname", GetHostname, 1);
  realm.SetMethod(exports, "getOSInformation", GetOSInformation, 1);
  realm.SetMethod(exports, "getHomeDirectory", GetHomeDirectory, 1);
  realm.SetMethod(exports, "getUserInfo", GetUserInfo, 2);
  realm.SetMethod(exports, "getCPUs", GetCPUs, 0);
  realm.SetMethod(exports, "getTotalMem", GetTotalMem, 0);
  realm.SetMethod(exports, "getFreeMem", GetFreeMem, 0);
  realm.SetMethod(exports, "getUptime", GetUptime, 1);
  realm.SetMethod(exports, "getLoadAvg", GetLoadAvg, 1);
  realm.SetMethod(exports, "getInterfaceAddresses", GetInterfaceAddresses, 1);
  realm.SetMethod(exports, "getPriority", GetPriority, 2);
  realm.SetMethod(exports, "setPriority", SetPriority, 3);
  realm.SetMethod(exports, "getAvailableParallelism", GetAvailableParallelism, 0);
  v8::Local<v8::Context> context = realm.context();
  const uint16_t probe = 1;  // its first byte is 1 on a little-endian machine
  bool big_endian = *reinterpret_cast<const uint8_t*>(&probe) == 0;
  exports
      ->CreateDataProperty(context, realm.Name("isBigEndian"),
                           v8::Boolean::New(realm.isolate(), big_endian))
      .Check();
  exports->CreateDataProperty(context, realm.Name("constants"), Constants(realm)).Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(os, modules::InitializeOs);
}  // namespace bindings
