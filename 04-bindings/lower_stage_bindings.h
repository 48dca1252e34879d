/// \file
/// The natives of stages 02 and 03, listed in the registry.
///
/// Those stages came before the registry. Stage 02 defines its natives on
/// the global object itself (setTimeout, queueMicrotask, process.nextTick);
/// stage 03 builds fs, dns, crypto and zlib for its require(). This layer
/// does not rewrite them: the registry adopts them, so that
/// `internalBinding(name)` is the one place where every native of the
/// runtime can be found, and where stage 05's JavaScript library will take
/// the ones it keeps from:
///
///     internalBinding('loop_timers')      setTimeout, setInterval, setImmediate
///                                         and the three clear functions (02)
///     internalBinding('loop_task_queue')  nextTick, queueMicrotask (02)
///     internalBinding('loop_process')     the functions of `process` (02)
///     internalBinding('pool_fs'), ('pool_dns'), ('pool_crypto'), ('pool_zlib')
///                                         the members of require('fs'), ... (03)
///
/// Their names are not Node's: Node's `timers`, `fs`, `crypto` bindings hold
/// different things (one native per system call, with request objects). The
/// prefix names the namespace, and so the stage, whose C++ implements the
/// public API: `loop` (02), `pool` (03). Node's names are kept for bindings
/// with Node's contents (`fs` and `cares_wrap` are this stage's).
///
/// Each binding holds the very same functions, so they behave exactly as
/// before. The ones of stage 02 are taken when the realm is bootstrapped,
/// before any script runs: a script that replaces globalThis.setTimeout does
/// not change internalBinding('loop_timers').setTimeout.
#pragma once

#include <v8.h>

#include "realm.h"

namespace bindings {

/// Stage 02's globals as they were at bootstrap.
class LowerStageNatives : public BindingData {
 public:
  static constexpr const char* kBindingName = "stage 02 globals";
  explicit LowerStageNatives(Realm& realm);

  /// setTimeout, ..., queueMicrotask; and `process`, an object holding the
  /// functions of process.
  v8::Global<v8::Object> globals;
};

}  // namespace bindings
