/// \file
/// The natives of stages 02 and 03, listed in the registry.
///
/// Those stages came before the registry. Stage 02 defines its natives on
/// the global object itself (setTimeout, queueMicrotask, process.nextTick);
/// stage 03 builds fs, dns, crypto and zlib for its require(). This layer
/// does not rewrite them: the registry adopts them, so that
/// `internalBinding(name)` is the one place where every native of the
/// runtime can be found, and where stage 05's JavaScript library will take
/// them from:
///
///     internalBinding('timers')           setTimeout, setInterval, setImmediate
///                                         and the three clear functions (02)
///     internalBinding('task_queue')       nextTick, queueMicrotask (02)
///     internalBinding('process_methods')  the functions of `process` (02)
///     internalBinding('fs'), ('dns'), ('crypto'), ('zlib')
///                                         the members of require('fs'), ... (03)
///
/// Each binding holds the very same functions, so they behave exactly as
/// before. The ones of stage 02 are taken when the realm is bootstrapped,
/// before any script runs: a script that replaces globalThis.setTimeout does
/// not change internalBinding('timers').setTimeout.
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
