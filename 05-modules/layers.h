/// \file
/// The layers of stages 01 to 04, started in order under a stage-05 program.
///
/// Two programs are built from each stage from 05 on: the runtime
/// (RunProgram, program.h) and the build's code cache generator
/// (RunCodeCacheGenerator). The generator must start exactly as the runtime
/// does, because V8 accepts a code cache only from the same start-up
/// (code_cache_builder.h). So neither spells the layers out: both call
/// RunWithLayers, and differ only in what they do once the layers stand (the
/// runtime bootstraps and runs a script; the generator bootstraps and writes
/// the cache).
///
///     engine (isolate, context, scopes)           stage 01
///       Runtime: loop, timers, `process`          stage 02
///         ThreadPool and its C++ modules          stage 03
///           Realm with the bindings of 04, 05...  stage 04
///             body(started)                       the caller
///
/// They are torn down in reverse; the pool is shut down first, with the exit
/// code the body returned.
#pragma once

#include <functional>
#include <vector>

#include "binding_registry.h"
#include "command_line.h"
#include "engine.h"
#include "realm.h"
#include "runtime.h"

namespace modules {

/// What the body gets: the layers, alive while it runs.
struct StartedLayers {
  engine::Engine& engine;
  loop::Runtime& runtime;
  bindings::Realm& realm;  ///< already bootstrapped (realm.Bootstrap())
};

/// Starts the layers (V8 itself must already be started: engine::V8Process)
/// with the binding lists of every stage, 04's first; runs `body`, stops
/// them; returns what `body` returned.
int RunWithLayers(const engine::CommandLine& cmd, const engine::StageInfo& stage,
                  const std::vector<bindings::BindingList>& binding_lists,
                  const std::function<int(StartedLayers& started)>& body);

}  // namespace modules
