/// \file
/// What other bindings may ask of a `Pipe` (stdio/pipe_wrap.cc): its libuv
/// handle. process_wrap.cc and spawn_sync.cc hand a Pipe's uv_pipe_t to
/// uv_spawn(), which connects it to one end of a new socketpair whose other
/// end becomes the child's fd. (Node: process_wrap.cc unwraps a PipeWrap
/// the same way, through its class's template.)
#pragma once

#include <uv.h>
#include <v8.h>

#include "realm.h"

namespace modules {

/// The uv_pipe_t behind `value` if it is an open Pipe made in `realm`,
/// else nullptr. The check is FunctionTemplate::HasInstance, so a look-alike
/// object cannot pass for a Pipe.
uv_pipe_t* UnwrapPipe(bindings::Realm& realm, v8::Local<v8::Value> value);

}  // namespace modules
