/// \file
/// The `tty_wrap` binding: a terminal as a libuv stream, and the question
/// every standard stream starts with, "what is behind this fd?". (Node:
/// src/tty_wrap.cc TTYWrap, and guessHandleType from src/node_util.cc.)
///
///     const { TTY, isTTY, guessHandleType } = internalBinding('tty_wrap');
///
///     guessHandleType(1)    'TTY', 'PIPE', 'TCP', 'UDP', 'FILE' or 'UNKNOWN'
///                           (uv_guess_handle: fstat() and a few ioctls)
///     isTTY(0)              true when fd 0 is a terminal (isatty)
///     beforeStdioWrite()    the runtime's own C++ writers (stage 01's
///                           WriteStdout, the REPL's prompt) make way: their
///                           buffer goes out, a prompt waiting on the
///                           terminal erases itself (and is drawn again
///                           below the output when the loop next waits)
///
///     const ctx = {};
///     tty = new TTY(fd, ctx)  a uv_tty_t on fd; if fd is no terminal,
///                             ctx.code = 'EINVAL' and the object is inert
///     tty.getWindowSize(out)  out[0] = columns, out[1] = rows; 0 or a uv error
///     tty.setRawMode(flag)    raw mode (every key at once, no echo) or back
///     tty.setBlocking(flag)   writes wait until the terminal took them
///
/// plus what every stream has (04-bindings/stream_wrap.h: readStart,
/// writeBuffer, writeUtf8String, shutdown, ...) and every handle (close, ref,
/// unref).
///
/// A terminal is a stream like a socket, but it has a *mode*. In cooked mode
/// (the default) the kernel's line discipline edits the line and hands it over
/// on Enter; raw mode switches that off, which is how a line editor such as
/// readline gets every key. The mode belongs to the terminal, not to the
/// process, so a program that dies in raw mode would leave the shell unusable:
/// the modes stdin's terminal had at start-up are written back on every way
/// out of the process (terminal_modes.h).
#include <uv.h>
#include <v8.h>

#include <cstdio>
#include <string>

#include "binding_registry.h"
#include "console.h"
#include "node_errors.h"
#include "realm.h"
#include "stdio/stream_handle.h"
#include "stream_wrap.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::Realm;
using bindings::StreamWrap;

class TtyWrap : public StreamWrap {
 public:
  TtyWrap(Realm& realm, v8::Local<v8::Object> object, int fd)
      : StreamWrap(realm, object, reinterpret_cast<uv_stream_t*>(&tty_)) {
    // New() checked that fd is a terminal, the one case where
    // uv_tty_init cannot fail before it initialises the handle.
    uv_tty_init(realm.uv_loop(), &tty_, fd, 0);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "TTY"));
      return;
    }
    info.This()->SetAlignedPointerInInternalField(kSlot, nullptr);  // until it has a C++ side
    int fd;
    if (!pool::ValidateFd(isolate, info[0], &fd)) return;
    if (uv_guess_handle(fd) != UV_TTY) {
      // Node reports a failed uv_tty_init in `ctx`, for tty.ReadStream and
      // tty.WriteStream to throw ERR_TTY_INIT_FAILED.
      if (info[1]->IsObject()) {
        Realm& realm = Realm::GetCurrent(info);
        v8::Local<v8::Object> ctx = info[1].As<v8::Object>();
        v8::Local<v8::Context> context = realm.context();
        ctx->Set(context, realm.Name("code"), realm.Name("EINVAL")).Check();
        ctx->Set(context, realm.Name("errno"), v8::Integer::New(isolate, UV_EINVAL)).Check();
        ctx->Set(context, realm.Name("syscall"), realm.Name("uv_tty_init")).Check();
        ctx->Set(context, realm.Name("message"), realm.Name(uv_strerror(UV_EINVAL))).Check();
      }
      return;
    }
    new TtyWrap(Realm::GetCurrent(info), info.This(), fd);  // owned by its handle
  }

  static void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TtyWrap* wrap = OpenStreamWrap<TtyWrap>(info);
    if (wrap == nullptr) return;
    if (!info[0]->IsArray()) return info.GetReturnValue().Set(UV_EINVAL);
    int width = 0;
    int height = 0;
    int err = uv_tty_get_winsize(&wrap->tty_, &width, &height);
    if (err == 0) {
      v8::Isolate* isolate = info.GetIsolate();
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      v8::Local<v8::Array> out = info[0].As<v8::Array>();
      out->Set(context, 0, v8::Integer::New(isolate, width)).Check();
      out->Set(context, 1, v8::Integer::New(isolate, height)).Check();
    }
    info.GetReturnValue().Set(err);
  }

  static void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TtyWrap* wrap = OpenStreamWrap<TtyWrap>(info);
    if (wrap == nullptr) return;
    uv_tty_mode_t mode = info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL;
    info.GetReturnValue().Set(uv_tty_set_mode(&wrap->tty_, mode));
  }

 private:
  uv_tty_t tty_;
};

const char* HandleTypeName(uv_handle_type type) {
  switch (type) {
    case UV_TTY:
      return "TTY";
    case UV_NAMED_PIPE:
      return "PIPE";
    case UV_TCP:
      return "TCP";
    case UV_UDP:
      return "UDP";
    case UV_FILE:
      return "FILE";
    default:
      return "UNKNOWN";
  }
}

void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!pool::ValidateFd(info.GetIsolate(), info[0], &fd)) return;
  info.GetReturnValue().Set(Realm::GetCurrent(info).Name(HandleTypeName(uv_guess_handle(fd))));
}

void IsTty(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!pool::ValidateFd(info.GetIsolate(), info[0], &fd)) return;
  info.GetReturnValue().Set(uv_guess_handle(fd) == UV_TTY);
}

void BeforeStdioWrite(const v8::FunctionCallbackInfo<v8::Value>&) {
  engine::WriteStdout(std::string());  // nothing written; the before-write hook runs
  std::fflush(stdout);
}

void InitializeTtyWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("TTY", TtyWrap::New);
  StreamWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "getWindowSize", TtyWrap::GetWindowSize, 1);
  realm.SetProtoMethod(klass, "setRawMode", TtyWrap::SetRawMode, 1);
  realm.SetProtoMethod(klass, "setBlocking", SetStreamBlocking<TtyWrap>, 1);
  exports
      ->CreateDataProperty(context, realm.Name("TTY"), klass->GetFunction(context).ToLocalChecked())
      .Check();
  realm.SetMethod(exports, "isTTY", IsTty, 1);
  realm.SetMethod(exports, "guessHandleType", GuessHandleType, 1);
  realm.SetMethod(exports, "beforeStdioWrite", BeforeStdioWrite);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(tty_wrap, modules::InitializeTtyWrap);
}  // namespace bindings
