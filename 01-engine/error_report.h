/// \file
/// Reports an exception that nobody caught, in Node's format, on stderr.
///
/// For an Error Node prints where it was thrown, a blank line, then the
/// error as util.inspect shows it (its stack, then its own enumerable
/// properties):
///
///     /tmp/t.js:3           <- script:line of the throw
///       throw new Error("boom");
///       ^                   <- a caret under the columns V8 reports
///
///     Error: boom
///         at f (/tmp/t.js:3:9)
///
/// For any other value (`throw 42`, `throw {code: 1}`) there is no stack to
/// show: a blank line, the location, the value, and for a primitive a hint
/// about --trace-uncaught.
#pragma once

#include <v8.h>

#include <string>

namespace engine {

/// The place (script name, a colon, line number), the source line and the caret
/// line, each ending in "\n"; empty if V8 has no source position for the message.
std::string SourceArrow(v8::Local<v8::Context> context, v8::Local<v8::Message> message);

/// Prints `exception` (with the `message` V8 recorded for it) as Node prints an
/// uncaught exception. With `trace_uncaught`, a primitive also gets the stack
/// trace of the place it was thrown.
void ReportUncaughtException(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                             v8::Local<v8::Message> message, bool trace_uncaught,
                             const std::string& program_name);

}  // namespace engine
