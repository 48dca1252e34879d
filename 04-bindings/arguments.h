/// \file
/// Reading a binding's arguments, and refusing bad ones in Node's words.
///
/// Each function looks at one JavaScript value. If it is acceptable, it
/// stores the C++ form in `*out` and returns true; if not, it throws the
/// error Node's validators throw (errors.h) and returns false, so that a
/// native reads:
///
///     std::string address;
///     int64_t port;
///     if (!ArgString(isolate, info[0], "address", &address) ||
///         !ArgPort(isolate, info[1], &port)) {
///       return;  // the exception is on its way to the script
///     }
///
/// None of them converts: a number is not accepted where a string is
/// expected. That is what Node's validators do too, and what keeps a
/// binding from calling back into a script (a toString() method) in the
/// middle of its work.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>

namespace bindings {

bool ArgString(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
               std::string* out);

/// A number that is an integer in [min, max] (Node's validateInteger).
bool ArgInteger(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int64_t min,
                int64_t max, int64_t* out);

/// A port number, 0 to 65535 (ERR_SOCKET_BAD_PORT otherwise).
bool ArgPort(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out);

bool ArgFunction(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name);

/// A Buffer, TypedArray or DataView.
bool ArgBytes(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
              v8::Local<v8::ArrayBufferView>* out);

/// An object (a plain one, to be filled: getsockname(out)).
bool ArgObject(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
               v8::Local<v8::Object>* out);

/// A class constructor was called without `new`: throws Node's
/// ERR_CONSTRUCT_CALL_REQUIRED and returns false.
bool CheckConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* class_name);

}  // namespace bindings
