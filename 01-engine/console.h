/// \file
/// The `console` global: the first native functions a script can call.
///
/// Every method is a C++ function that V8 calls with a
/// v8::FunctionCallbackInfo (the JS arguments); it formats them with
/// FormatArguments (inspect.h) and writes one line to stdout or stderr, the
/// streams Node uses for each method.
#pragma once

#include <v8.h>

#include <functional>
#include <string>

namespace engine {

/// Defines globalThis.console in `context`.
void InstallConsole(v8::Local<v8::Context> context);

/// Writes to stdout or stderr. stdout is buffered for speed; before anything
/// goes to stderr, stdout is flushed, so that the two streams interleave in
/// the order the script wrote them when they share a terminal or a pipe.
void WriteStdout(const std::string& text);
void WriteStderr(const std::string& text);

/// Sets a function that runs before each WriteStdout and WriteStderr (none
/// by default; an empty function removes it). A prompt that waits on the
/// event loop (stage 02's REPL) uses it to erase itself before a timer's
/// output, and draws itself again below that output.
void SetBeforeWrite(std::function<void()> hook);

}  // namespace engine
