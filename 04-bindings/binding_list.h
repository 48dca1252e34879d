/// \file
/// Every binding of this runtime, in one list: what `internalBinding(name)`
/// can return. To add a binding, write its .cc file (ending with
/// BINDING_REGISTER, see binding_registry.h) and add one line here.
///
/// The list is an "X macro": BINDINGS_FOR_EACH(V) calls V(name) once per
/// binding, so that binding_registry.cc can turn it into declarations and a
/// table without repeating a name.
#pragma once

// clang-format off
#define BINDINGS_FOR_EACH(V)                                                                 \
  /* This stage's bindings */                                                               \
  V(buffer)          /* Buffer: bytes on a V8 backing store; encodings (buffer_binding.cc)  */ \
  V(fs_req_wrap)     /* FSReqCallback, open, read, writeBuffer...: uv_fs_t requests       */ \
  V(stream_wrap)     /* WriteWrap, ShutdownWrap, streamBaseState (stream_wrap.cc)          */ \
  V(tcp_wrap)        /* TCP, TCPConnectWrap: sockets on uv_tcp_t (tcp_wrap.cc)             */ \
  V(timer_wrap)      /* Timer: one uv_timer_t per object (timer_wrap.cc)                   */ \
  V(types)           /* isDate, isPromise, ...: V8's type checks (types_binding.cc)        */ \
  V(uv)              /* errname, UV_* codes, uv errors as Errors (uv_binding.cc)           */ \
  /* The natives of stages 02 and 03, adopted (lower_stage_bindings.cc) */                  \
  V(timers)          /* setTimeout, setInterval, setImmediate, clear* (02)                 */ \
  V(task_queue)      /* nextTick, queueMicrotask (02)                                      */ \
  V(process_methods) /* exit, hrtime, ...: the functions of process (02)                   */ \
  V(fs)              /* require('fs'): files on the thread pool (03)                       */ \
  V(dns)             /* require('dns'): lookup (03)                                        */ \
  V(crypto)          /* require('crypto'): hashes, pbkdf2, randomBytes (03)                */ \
  V(zlib)            /* require('zlib'): gzip and deflate (03)                             */
// clang-format on
