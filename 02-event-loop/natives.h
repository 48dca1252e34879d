/// \file
/// How a C++ function becomes a JavaScript function, and how it rejects bad
/// arguments the way Node does.
///
/// Every global this stage adds (setTimeout, process.nextTick, ...) is a
/// *native*: a C++ function that V8 calls with a v8::FunctionCallbackInfo,
/// made by stage 01's SetMethod (engine.h), as console's are. A native finds
/// the state it works on, without any global variable, through the context it
/// runs in: Runtime::GetCurrent(info) (runtime.h, context_slots.h).
///
/// Node checks arguments in JavaScript (lib/internal/validators.js) and throws
/// errors that carry a `code` such as ERR_INVALID_ARG_TYPE. Scripts test that
/// code, so the natives here throw the same errors with the same messages.
#pragma once

#include <v8.h>

#include <string>
#include <vector>

#include "engine.h"

namespace loop {

/// Every native of this stage is made by stage 01's SetMethod (engine.h).
using engine::SetMethod;

/// Gives `error` Node's `code` property, and the first line of its stack the
/// name `stack_name` ("TypeError [ERR_INVALID_ARG_TYPE]"), while `name` stays
/// the prototype's: V8 formats the stack lazily from the name the error has
/// when the stack is first read, so the name is set, the stack read, and the
/// name deleted again.
v8::Local<v8::Object> WithCode(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                               const std::string& stack_name, const char* code);

/// Node's description of a wrong value: "Received undefined", "Received type
/// number (42)", "Received an instance of Object", "Received function f".
std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

/// Throws TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be of
/// type `expected`. Received ...
void ThrowInvalidArgType(v8::Isolate* isolate, const char* name, const char* expected,
                         v8::Local<v8::Value> value);

/// Throws RangeError [ERR_OUT_OF_RANGE]: The value of "name" is out of range.
/// It must be `range`. Received `received`
void ThrowOutOfRange(v8::Isolate* isolate, const char* name, const char* range,
                     const std::string& received);

/// The arguments from `first` on, as an Array to keep in an internal field
/// (undefined when there are none): setTimeout(f, ms, ...rest) and
/// setImmediate(f, ...rest) keep `rest` for the call.
v8::Local<v8::Value> RestArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int first);

/// What RestArguments() kept, as the argument list of a v8::Function::Call.
std::vector<v8::Local<v8::Value>> ArgumentList(v8::Local<v8::Context> context,
                                               v8::Local<v8::Value> rest);

/// Checks that argument `index` is a function (as every scheduling function
/// does with its callback); throws ERR_INVALID_ARG_TYPE and returns false if not.
bool CheckCallback(const v8::FunctionCallbackInfo<v8::Value>& info, int index);

}  // namespace loop
