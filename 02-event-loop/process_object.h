/// \file
/// The `process` global of this stage: argv, env, exit(), exitCode, and the
/// clocks (hrtime, performance.now).
///
/// Node's `process` is an EventEmitter built in JavaScript; that arrives with
/// the JavaScript library in stage 05. Here it is a plain object whose members
/// are natives, enough for a script to read its arguments and environment and
/// to choose its exit code:
///
/// - `process.exitCode` is an accessor, validated on assignment as in Node 20
///   (an integer, or a string holding one); the runtime reads it when the loop
///   ends normally.
/// - `process.exit(code)` sets exitCode when given an argument (even
///   `undefined`), then ends the program with it (Runtime::Exit).
/// - `process.env` is an object with *interceptors* (V8's named property
///   handlers): every read, write, `in`, `delete` and enumeration of its
///   properties calls C++, which reads or changes the real environment with
///   getenv/setenv/unsetenv; values are stored as strings.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>

namespace loop {

class Runtime;

class ProcessObject {
 public:
  explicit ProcessObject(Runtime& runtime) : runtime_(runtime) {}

  /// Defines globalThis.process and globalThis.performance; returns process.
  v8::Local<v8::Object> Install(v8::Local<v8::Context> context);

  /// The exit code of a normal end: process.exitCode, or 0.
  int exit_code() const { return exit_code_; }

 private:
  static void Exit(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetExitCode(v8::Local<v8::Name> name,
                          const v8::PropertyCallbackInfo<v8::Value>& info);
  static void SetExitCode(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
                          const v8::PropertyCallbackInfo<void>& info);
  /// Validates and stores a new exitCode; false (with an exception thrown) if
  /// it is not an integer.
  bool StoreExitCode(v8::Local<v8::Value> value);

  static void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HrtimeBigint(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PerformanceNow(const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Local<v8::Array> Argv(v8::Local<v8::Context> context);
  v8::Local<v8::Object> Env(v8::Local<v8::Context> context);

  Runtime& runtime_;
  int exit_code_ = 0;
  v8::Global<v8::Value> exit_code_value_;  ///< what the script assigned, as it assigned it
  uint64_t time_origin_ns_ = 0;            ///< uv_hrtime() when the runtime started
};

}  // namespace loop
