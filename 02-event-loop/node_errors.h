/// \file
/// Node's errors with a `code`: every `TypeError [ERR_X]` any stage throws is
/// made here. (Node: lib/internal/errors.js, and src/node_errors.h for the
/// ones its C++ throws.)
///
/// Scripts test an error's `code` and print its message, so both must be
/// Node's, word for word:
///
///     ERR_INVALID_ARG_TYPE   The "path" argument must be of type string.
///                            Received type number (5)
///     ERR_INVALID_ARG_VALUE  The argument 'encoding' is invalid encoding.
///                            Received 'nope'
///     ERR_OUT_OF_RANGE       The value of "fd" is out of range. It must be
///                            >= 0 && <= 2147483647. Received -1
///
/// An error with a code also shows it in its stack, "TypeError
/// [ERR_INVALID_ARG_TYPE]: The ...", while its `name` stays "TypeError":
/// WithCode() explains the trick.
///
/// Two verbs, one for each way an error reaches a script:
///
///  - a *maker* (InvalidArgType(), OutOfRange(), NodeError(), ...) returns
///    the error without throwing it, because a promise-returning function
///    reports a bad argument as a rejection (stage 03's pool_call.h);
///  - Throw() throws any of them and returns false, so a check reads
///    `return errors::Throw(isolate, errors::InvalidArgType(...));` and a
///    caller stops at the first false.
///
/// The checks themselves, which read a value and decide, are stage 03's
/// validators (support/validate.h); this stage's few natives check their one
/// callback inline. System errors, which come from libuv as numbers, have
/// their own makers in stage 03 (support/uv_errors.h), where the first system
/// call a script can see fails.
///
/// The namespace is `errors`, so that a call reads the same in every stage:
/// `errors::OutOfRange(...)`.
#pragma once

#include <v8.h>

#include <string>

namespace errors {

/// The constructor an error is made with.
enum class Type { kError, kTypeError, kRangeError };

/// Gives `error` Node's `code` property, and the first line of its stack the
/// name `stack_name` ("TypeError [ERR_INVALID_ARG_TYPE]"), while `name` stays
/// the prototype's: V8 formats the stack lazily from the name the error has
/// when the stack is first read, so the name is set, the stack read, and the
/// name deleted again. NodeError() uses it for every ERR_ code; a caller
/// needs it directly only for a stack name that is not "Type [code]"
/// (an unhandled rejection's "UnhandledPromiseRejection").
v8::Local<v8::Object> WithCode(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                               const std::string& stack_name, const char* code);

/// An error of `type` with Node's `code`, whose stack begins
/// "TypeError [ERR_X]: message". Every maker below is one of these; a
/// module's own codes (ERR_CRYPTO_INVALID_DIGEST, ...) are made with it
/// directly.
v8::Local<v8::Object> NodeError(v8::Isolate* isolate, Type type, const char* code,
                                const std::string& message);

/// Throws `error` and returns false, so that a check can
/// `return errors::Throw(...)`.
bool Throw(v8::Isolate* isolate, v8::Local<v8::Value> error);

// ---- Pieces of messages ----

/// Node's description of a wrong value: "Received undefined", "Received type
/// number (42)", "Received an instance of Object", "Received function f".
std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

/// A number as ERR_OUT_OF_RANGE shows it: "1.5", "-1", and, for an integer
/// beyond 2^32 when `group_digits` is set, "1_099_511_627_776" (most of
/// Node's validators group the digits; its fd check does not).
std::string ReceivedNumber(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                           bool group_digits = true);

// ---- The makers ----

/// TypeError ERR_INVALID_ARG_TYPE. `expected` continues "The "name" argument
/// must ...": "be of type string", "be an instance of Buffer or URL". A name
/// with a dot is an options member ("The "options.flag" property must ...");
/// a name ending in " argument" stands alone ("The first argument must ...").
v8::Local<v8::Object> InvalidArgType(v8::Isolate* isolate, const std::string& name,
                                     const std::string& expected, v8::Local<v8::Value> value);

/// TypeError ERR_INVALID_ARG_VALUE. `reason` continues "The argument 'name'
/// ...": "is invalid", "is invalid encoding". The value is shown as
/// util.inspect() shows it.
v8::Local<v8::Object> InvalidArgValue(v8::Isolate* isolate, const std::string& name,
                                      const std::string& reason, v8::Local<v8::Value> value);

/// RangeError ERR_OUT_OF_RANGE. `range` continues "It must be ...": ">= 0",
/// "an integer"; `received` is the value as Node shows it (ReceivedNumber()).
v8::Local<v8::Object> OutOfRange(v8::Isolate* isolate, const std::string& name,
                                 const std::string& range, const std::string& received);

/// RangeError ERR_SOCKET_BAD_PORT: "Port should be >= 0 and < 65536.
/// Received type number (70000)."
v8::Local<v8::Object> SocketBadPort(v8::Isolate* isolate, v8::Local<v8::Value> value);

/// TypeError ERR_CONSTRUCT_CALL_REQUIRED: "Class constructor TCP cannot be
/// invoked without 'new'".
v8::Local<v8::Object> ConstructCallRequired(v8::Isolate* isolate, const std::string& class_name);

/// Error ERR_STRING_TOO_LONG: "Cannot create a string longer than 0x1fffffe8
/// characters", for bytes that would decode to more than V8 can hold.
v8::Local<v8::Object> StringTooLong(v8::Isolate* isolate);

}  // namespace errors
