/// \file
/// This stage's bindings, in one list: what `internalBinding(name)` can
/// return in stage 04. To add a binding, write its .cc file (ending with
/// BINDING_REGISTER, see binding_registry.h) and add one line here. A later
/// stage keeps a list like this one in its own directory (binding_registry.h).
///
/// Two kinds of names live here. Node's names (`fs`, `tcp_wrap`, `buffer`,
/// ...) hold Node's kind of contents with Node's calling conventions, so that
/// a reader who moves on to Node's src/ recognises them. The natives of
/// stages 02 and 03 are listed under names of their own, prefixed with the
/// namespace of the stage that implements them in C++ (`loop_`, `pool_`):
/// they are this runtime's, not Node's.
#include "binding_registry.h"

namespace bindings {

// clang-format off
#define STAGE_04_BINDINGS(V)                                                                 \
  /* Node's names, Node's contents */                                                      \
  V(buffer)           /* Buffer: bytes on a V8 backing store; encodings (buffer/)          */ \
  V(cares_wrap)       /* getaddrinfo, getnameinfo: name lookups as requests (cares_wrap.cc) */ \
  V(fs)               /* FSReqCallback, open, stat, readdir...: uv_fs_t requests (fs/)     */ \
  V(stream_wrap)      /* WriteWrap, ShutdownWrap, streamBaseState (stream_wrap.cc)          */ \
  V(tcp_wrap)         /* TCP, TCPConnectWrap: sockets on uv_tcp_t (tcp_wrap.cc)             */ \
  V(timer_wrap)       /* Timer: one uv_timer_t per object (timer_wrap.cc)                   */ \
  V(types)            /* isDate, isPromise, ...: V8's type checks (types_binding.cc)        */ \
  V(uv)               /* errname, UV_* codes, uv errors as Errors (uv_binding.cc)           */ \
  /* The natives of stages 02 and 03, adopted (lower_stage_bindings.cc) */                  \
  V(loop_timers)      /* setTimeout, setInterval, setImmediate, clear* (02)                 */ \
  V(loop_task_queue)  /* nextTick, queueMicrotask (02)                                      */ \
  V(loop_process)     /* exit, hrtime, ...: the functions of process (02)                   */ \
  V(pool_fs)          /* require('fs'): files on the thread pool (03)                       */ \
  V(pool_dns)         /* require('dns'): lookup (03)                                        */ \
  V(pool_crypto)      /* require('crypto'): hashes, pbkdf2, randomBytes (03)                */ \
  V(pool_zlib)        /* require('zlib'): gzip and deflate (03)                             */
// clang-format on

BINDING_LIST(kStage04Bindings, STAGE_04_BINDINGS);

}  // namespace bindings
