/// \file
/// How a C++ function becomes a JavaScript function, and how it keeps the
/// extra arguments of a call for later.
///
/// Every global this stage adds (setTimeout, process.nextTick, ...) is a
/// *native*: a C++ function that V8 calls with a v8::FunctionCallbackInfo,
/// made by stage 01's SetMethod (engine.h), as console's are. A native finds
/// the state it works on, without any global variable, through the context it
/// runs in: Runtime::GetCurrent(info) (runtime.h, context_slots.h).
///
/// A native that is given a bad argument throws the error Node throws for it,
/// made by node_errors.h (`TypeError [ERR_INVALID_ARG_TYPE]`).
#pragma once

#include <v8.h>

#include <vector>

#include "engine.h"

namespace loop {

/// Every native of this stage is made by stage 01's SetMethod (engine.h).
using engine::SetMethod;

/// The arguments from `first` on, as an Array to keep in an internal field
/// (undefined when there are none): setTimeout(f, ms, ...rest) and
/// setImmediate(f, ...rest) keep `rest` for the call.
v8::Local<v8::Value> RestArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int first);

/// What RestArguments() kept, as the argument list of a v8::Function::Call.
std::vector<v8::Local<v8::Value>> ArgumentList(v8::Local<v8::Context> context,
                                               v8::Local<v8::Value> rest);

}  // namespace loop
