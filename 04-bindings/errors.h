/// \file
/// The errors every binding throws, made in one place.
///
/// Two families, as in Node:
///
/// **Argument errors** carry a `code` a script can test. Node checks the
/// arguments of its public functions in JavaScript (lib/internal/validators.js)
/// and trusts its own JavaScript to call the raw bindings correctly: a raw
/// binding given a wrong argument aborts Node with a failed CHECK. This stage
/// hands the raw bindings to scripts, so each one validates what it receives
/// and throws instead, in Node's words:
///
///     TypeError [ERR_INVALID_ARG_TYPE]: The "address" argument must be of
///       type string. Received type number (42)
///     RangeError [ERR_OUT_OF_RANGE]: The value of "offset" is out of range.
///       It must be >= 0 and <= 3. Received 7
///
/// **System errors** come from libuv as a negative number (UV_ENOENT is -2 on
/// Linux). A binding that follows Node's conventions *returns* that number
/// (`handle.bind()` returns 0 or UV_EADDRINUSE) or passes it as the `status`
/// of a completion; whoever decides to throw turns it into an Error here, in
/// one of Node's three shapes (lib/internal/errors.js):
///
///     UvException               ENOENT: no such file or directory, open 'x'
///     UvExceptionWithHostPort   listen EADDRINUSE: address already in use 127.0.0.1:80
///     ExceptionWithHostPort     connect ECONNREFUSED 127.0.0.1:1
///
/// each with the properties `errno`, `code`, `syscall` and, where relevant,
/// `path`/`dest` or `address`/`port`.
///
/// Stage 03 already makes Node's errors (node_errors.h, uv_errors.h); this
/// file builds on it, adding what the bindings need besides: the
/// throw-and-return-false style of their checks, Node's exact wording for a
/// few more argument names, and the two host/port shapes of a socket error.
#pragma once

#include <v8.h>

#include <string>

#include "support/node_errors.h"

namespace bindings {

/// The constructor a Node error is made with, and the error itself: an error
/// of that type whose `code` is Node's and whose stack begins
/// "TypeError [ERR_X]: message" (stage 03's).
using pool::ErrorType;
using pool::NodeError;

/// Throws NodeError(...). Returns false, so a check can `return Throw...(...)`.
bool ThrowNodeError(v8::Isolate* isolate, ErrorType type, const char* code,
                    const std::string& message);

/// Node's description of a wrong value: "Received undefined", "Received type
/// number (42)", "Received an instance of Object", "Received function f".
std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

/// ERR_INVALID_ARG_TYPE. `expected` continues "The "name" argument must ...":
/// "be of type string", "be an instance of Buffer, TypedArray, or DataView".
bool ThrowInvalidArgType(v8::Isolate* isolate, const std::string& name, const std::string& expected,
                         v8::Local<v8::Value> value);

/// ERR_INVALID_ARG_VALUE: "The argument 'name' is invalid. Received 5";
/// `reason` replaces "is invalid" where Node says more.
bool ThrowInvalidArgValue(v8::Isolate* isolate, const std::string& name, v8::Local<v8::Value> value,
                          const std::string& reason = "is invalid");

/// ERR_OUT_OF_RANGE: The value of "name" is out of range. It must be `range`.
/// Received `received`.
bool ThrowOutOfRange(v8::Isolate* isolate, const std::string& name, const std::string& range,
                     const std::string& received);

/// A number as ERR_OUT_OF_RANGE shows it: "1.5", "-1", and, for an integer
/// beyond 2^32, with its digits grouped by "_" ("4_294_967_296").
std::string ReceivedNumber(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

/// `ENOENT: no such file or directory, open 'path' -> 'dest'`, with errno,
/// code, syscall, path and dest (the last two when not empty).
v8::Local<v8::Object> UvException(v8::Isolate* isolate, int err, const std::string& syscall,
                                  const std::string& path = "", const std::string& dest = "");

/// `listen EADDRINUSE: address already in use 127.0.0.1:8000`, with errno,
/// code, syscall, address and port (a port of 0 is left out, as in Node).
v8::Local<v8::Object> UvExceptionWithHostPort(v8::Isolate* isolate, int err,
                                              const std::string& syscall,
                                              const std::string& address, int port);

/// `connect ECONNREFUSED 127.0.0.1:1` (no description), with errno, code,
/// syscall, address and port.
v8::Local<v8::Object> ExceptionWithHostPort(v8::Isolate* isolate, int err,
                                            const std::string& syscall, const std::string& address,
                                            int port);

}  // namespace bindings
