/// \file
/// This stage's bindings: what `internalBinding(name)` adds in stage 05 to
/// the bindings of stage 04 (04-bindings/binding_list.cc). main() hands the
/// Realm both lists.
#include "binding_registry.h"

namespace bindings {

// clang-format off
#define STAGE_05_BINDINGS(V)                                                                   \
  V(builtins)         /* builtinIds, compileFunction: the embedded lib/ (builtins_binding.cc) */ \
  V(contextify)       /* compileFunction: a user's file as a function (contextify.cc)         */ \
  V(process_methods)  /* cwd, chdir, execPath, pid: for process (process_methods.cc)          */ \
  V(inspect_printer)  /* inspect: stage 01's printer for util.inspect (inspect_printer.cc)    */ \
  V(os)               /* the machine, the system, the user, from libuv (os_binding.cc)       */ \
  V(module_wrap)      /* ModuleWrap: ES module records on V8's Module API (module_wrap.cc)   */ \
  V(errors)           /* triggerUncaughtException: ESM errors to stage 02 (errors_binding.cc) */ \
  V(messaging)        /* structuredClone: V8's serializer (messaging.cc)                     */ \
  V(constants)        /* fs.constants: O_*, S_*, F_OK, COPYFILE_* (fs/constants_binding.cc)  */ \
  V(fs_event_wrap)    /* FSEvent: uv_fs_event_t, for fs.watch (fs/fs_event_wrap.cc)          */ \
  V(stat_watcher)     /* StatWatcher: uv_fs_poll_t, for fs.watchFile (fs/stat_watcher.cc)    */ \
  V(worker)           /* Worker, MessagePort: threads and channels (worker/worker.cc)        */ \
  V(udp_wrap)         /* UDP, SendWrap: uv_udp_t, for dgram (udp/udp_wrap.cc)                 */ \
  V(cares_resolver)   /* ChannelWrap: c-ares queries on the loop (dns/cares_resolver.cc)     */ \
  V(tty_wrap)         /* TTY, isTTY, guessHandleType: terminals (stdio/tty_wrap.cc)         */ \
  V(pipe_wrap)        /* Pipe: pipes on uv_pipe_t, for stdio (stdio/pipe_wrap.cc)           */ \
  V(process_wrap)     /* Process: a child on uv_process_t (process/process_wrap.cc)         */ \
  V(spawn_sync)       /* spawn: a child run to its end on its own loop (process/spawn_sync.cc) */ \
  V(crypto)           /* Hash, Hmac, Cipher, scrypt, hkdf, randomFill: OpenSSL (crypto/crypto_binding.cc) */ \
  V(zlib_stream)      /* ZlibStream: one z_stream fed in pieces, for zlib's streams (zlib/zlib_stream.cc) */
// clang-format on

BINDING_LIST(kStage05Bindings, STAGE_05_BINDINGS);

}  // namespace bindings
