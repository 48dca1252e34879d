/// \file
/// The program of stage 05, as a function a later stage can call with its
/// own layers (DESIGN rules 2 and 8: an extension point, not a copy).
///
/// 05-modules/main.cc is the whole life of the process: V8, the engine, the
/// loop, the pool, the Realm, the bootstrap of lib/, the main script. Stage
/// 06 runs exactly that life with more in it: its bindings after 05's, its
/// built-ins (06-http/lib/) beside 05's, and the code cache made of both.
/// So main() passes what it stands on as a `Layers` value, and a later
/// stage's main() passes more:
///
///     return modules::RunProgram(argc, argv, stage,
///                                {{kStage04Bindings, kStage05Bindings, kStage06Bindings},
///                                 {kStage06Builtins, kStage05Builtins},
///                                 {kStage06CodeCache}});
///
/// The build's code cache generator (code_cache_builder.h) takes the same
/// layers, without a cache, so each stage makes the cache of its own tables.
#pragma once

#include <vector>

#include "binding_registry.h"
#include "builtins.h"
#include "command_line.h"

namespace modules {

/// What a program built on stage 05 is made of.
struct Layers {
  /// The bindings of every stage, 04's first (the Realm searches in order).
  std::vector<bindings::BindingList> bindings;
  /// The embedded lib/ tables; the first that has an id wins.
  std::vector<const BuiltinSource*> builtins;
  /// V8's code caches of those tables, made at build time (empty in the
  /// generator itself).
  std::vector<const BuiltinCodeCache*> caches = {};
};

/// The flags stage 05 understands (--trace-loop, --expose-internals, ...),
/// for the StageInfo of 05's main() and of every stage above it.
std::vector<engine::StageInfo::Flag> ModulesFlags();

/// Sets the V8 flags every program from 05 on runs with. The code cache
/// generator sets the same: V8 takes a code cache only from a run whose
/// flags hash the same (a flag hash in the cache's header), and otherwise
/// compiles every built-in from source, silently.
void SetV8Flags();

/// Runs the program of `stage` (see main.cc for the steps): parses the
/// command line, runs the main script, -e/-p code, stdin or the REPL with
/// `layers`, and returns the process's exit code.
int RunProgram(int argc, char** argv, const engine::StageInfo& stage, const Layers& layers);

/// The build's code cache generator (code_cache_builder.h), run as
/// `GENERATOR OUTPUT.cc SYMBOL`: bootstraps as `-e ""` does with `layers`
/// (no caches), then writes the cache of every built-in of them as the
/// table SYMBOL. Returns the exit code.
int RunCodeCacheGenerator(int argc, char** argv, const engine::StageInfo& stage,
                          const Layers& layers);

}  // namespace modules
