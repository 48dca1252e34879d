/// \file
/// What the two stream handles of the standard streams (tty_wrap.cc,
/// pipe_wrap.cc) share beyond stage 04's StreamWrap: finding the open
/// wrapper behind `this`, and setBlocking(). (Node: LibuvStreamWrap's
/// setBlocking, in src/stream_wrap.cc.)
///
/// A blocking stream is still a libuv stream (reads, callbacks, the same
/// methods); only its writes wait until the kernel has taken every byte, so
/// nothing is left in libuv's queue when the process ends.
#pragma once

#include <uv.h>
#include <v8.h>

#include "stream_wrap.h"

namespace modules {

/// The open wrapper of class `Wrap` behind `info.This()`, or nullptr after
/// setting the return value to UV_EBADF (a closed or never-opened handle).
template <typename Wrap>
Wrap* OpenStreamWrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Wrap* wrap = bindings::BaseObject::Unwrap<Wrap>(info.This());
  if (wrap != nullptr && wrap->IsOpen()) return wrap;
  info.GetReturnValue().Set(UV_EBADF);
  return nullptr;
}

/// handle.setBlocking(flag): 0 or a uv error.
template <typename Wrap>
void SetStreamBlocking(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Wrap* wrap = OpenStreamWrap<Wrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_stream_set_blocking(wrap->stream(), info[0]->IsTrue()));
}

}  // namespace modules
