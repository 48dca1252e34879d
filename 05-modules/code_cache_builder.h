/// \file
/// The code cache, made at build time: V8's bytecode of every built-in,
/// written into a generated .cc file that the stage's program links.
/// (Node: tools/code_cache/, and today its startup snapshot.)
///
/// Without a cache, every start of the program parses and compiles the
/// built-ins the bootstrap runs (the loader, events, path, ...): the same
/// work, with the same result, each time. V8 can serialize what it compiled
/// (ScriptCompiler::CreateCodeCacheForFunction) and take it back instead of
/// compiling (kConsumeCodeCache, see BuiltinLoader::Compile). So the build
/// runs a small generator program, linked with exactly the embedded sources
/// of the stage, that
///
///   1. bootstraps the runtime as `NN-name -e ""` does, keeping every
///      built-in function it compiles: their caches then hold the inner
///      functions the bootstrap ran too, not only the top level;
///   2. asks V8 for the cache of every built-in (those the bootstrap did not
///      load are compiled for it, their top level only);
///   3. writes the table of caches as C++ (CodeCacheSource), only when its
///      text changed, so an unchanged library recompiles nothing.
///
/// V8 takes a cache only from the same V8 build with the same flags (a
/// "flag hash" is in the cache): the generator runs with V8's default flags,
/// as the program does unless its command line names V8 flags; with other
/// flags V8 rejects the cache and compiles, as if there were none. Stage 05's
/// generator is code_cache_main.cc; a later stage writes its own, on its own
/// tables, with the same two functions.
#pragma once

#include <v8.h>

#include <string>
#include <string_view>

#include "builtins.h"

namespace modules {

/// The C++ source of a table named `symbol` holding the code cache of every
/// built-in of `loader`, made in `context` (see the file comment). Empty,
/// with the exception pending, when a built-in failed to compile.
std::string CodeCacheSource(v8::Local<v8::Context> context, const BuiltinLoader& loader,
                            std::string_view symbol);

/// Writes `text` to `path` unless the file holds it already. False on an
/// I/O error.
bool WriteFileIfChanged(const std::string& path, const std::string& text);

}  // namespace modules
