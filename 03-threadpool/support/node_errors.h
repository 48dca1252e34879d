/// \file
/// Node's argument errors: `TypeError [ERR_INVALID_ARG_TYPE]` and friends.
///
/// Node checks the arguments of its functions in JavaScript
/// (lib/internal/validators.js) and throws errors that carry a `code`;
/// scripts test that code, and print the message. This file makes the same
/// errors with the same wording:
///
///     ERR_INVALID_ARG_TYPE   The "path" argument must be of type string or an
///                            instance of Buffer or URL. Received type number (5)
///     ERR_INVALID_ARG_VALUE  The argument 'encoding' is invalid encoding.
///                            Received 'nope'
///     ERR_OUT_OF_RANGE       The value of "fd" is out of range. It must be
///                            >= 0 && <= 2147483647. Received -1
///
/// A name with a dot in it is a property of an options object, and Node says
/// so ("The "options.recursive" property must be ...").
///
/// Stage 02's natives.h throws the first and the last for its own natives;
/// here errors are also *made* without being thrown, because the promise
/// form of a function reports a bad argument as a rejection.
#pragma once

#include <v8.h>

#include <string>

namespace pool {

/// The constructor a Node error is made with.
enum class ErrorType { kError, kTypeError, kRangeError };

/// An error of `type` with Node's `code` property, made by stage 02's
/// WithCode(): its stack begins "TypeError [ERR_X]: message", as Node's does.
v8::Local<v8::Object> NodeError(v8::Isolate* isolate, ErrorType type, const char* code,
                                const std::string& message);

/// ERR_INVALID_ARG_TYPE. `expected` continues "The "name" argument must ...",
/// for example "be of type string or an instance of Buffer or URL".
v8::Local<v8::Object> InvalidArgType(v8::Local<v8::Context> context, const std::string& name,
                                     const std::string& expected, v8::Local<v8::Value> value);

/// ERR_INVALID_ARG_VALUE. `reason` continues "The argument 'name' ...", for
/// example "is invalid encoding".
v8::Local<v8::Object> InvalidArgValue(v8::Local<v8::Context> context, const std::string& name,
                                      const std::string& reason, v8::Local<v8::Value> value);

/// ERR_OUT_OF_RANGE. `range` continues "It must be ...", for example ">= 0";
/// `received` is the value as Node shows it (see ReceivedNumber()).
v8::Local<v8::Object> OutOfRange(v8::Isolate* isolate, const std::string& name,
                                 const std::string& range, const std::string& received);

/// A number as ERR_OUT_OF_RANGE shows it: "1.5", "-1", and, for an integer
/// beyond 2^32 when `group_digits` is set, "1_099_511_627_776" (most of
/// Node's validators group the digits; its fd check does not).
std::string ReceivedNumber(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                           bool group_digits = true);

/// Throws `error` in the isolate; returns false, so that a validator can
/// `return Throw(...)`.
bool Throw(v8::Isolate* isolate, v8::Local<v8::Value> error);

}  // namespace pool
