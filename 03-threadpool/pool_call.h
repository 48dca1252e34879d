/// \file
/// One function, three forms: how `fs.stat`, `fs.promises.stat` and
/// `fs.statSync` share one Job.
///
/// Node offers most blocking operations three ways:
///
///     fs.stat(path, (err, stats) => ...)      callback: queued on the pool
///     await fs.promises.stat(path)            promise: queued on the pool
///     fs.statSync(path)                       sync: runs on the loop thread
///
/// All three read the same arguments and do the same work; they differ in
/// where the work runs and how the result comes back. So each operation is
/// written once, as a JobMaker: a function that reads the arguments of a
/// PoolCall and returns the Job (or throws Node's error for a bad argument and
/// returns nothing). PoolCall::Invoke, the one V8 callback behind every such
/// function, does the rest according to the form:
///
///     callback   the callback is taken out of the arguments first; the job
///                goes to the pool; the function returns undefined
///     promise    the job goes to the pool; the function returns a promise;
///                a bad argument rejects it instead of throwing (in Node these
///                are async functions, which cannot throw)
///     sync       the job runs here; its result is returned, its error thrown
///
/// Each JS function carries, as its V8 `data`, its configuration, a
/// PoolFunction: which JobMaker, which form. The pool, and the module whose
/// state a JobMaker may need (such as the Stats class), are this stage's
/// per-context state, found through the context (BuiltinModules::GetCurrent).
#pragma once

#include <v8.h>

#include <memory>

#include "job.h"

namespace pool {

class ThreadPool;
class PoolCall;

enum class Form { kCallback, kPromise, kSync };

/// Reads the arguments of `call` into a Job; nullptr after throwing.
using JobMaker = std::unique_ptr<Job> (*)(PoolCall& call);

/// What a pool function's V8 `data` points to: its configuration.
struct PoolFunction {
  JobMaker make_job;
  Form form;
};

/// One call of a pool function, while its arguments are read.
class PoolCall {
 public:
  /// The V8 callback of every pool function.
  static void Invoke(const v8::FunctionCallbackInfo<v8::Value>& info);

  Form form() const { return run_here_ ? Form::kSync : function_.form; }
  v8::Isolate* isolate() const { return info_.GetIsolate(); }
  v8::Local<v8::Context> context() const { return isolate()->GetCurrentContext(); }
  /// The module `Module` of this context, for its state (defined in
  /// modules.h, which knows the modules).
  template <typename Module>
  Module& module() const;

  /// Argument `index`; undefined if it was not given, or lies at or after
  /// the callback.
  v8::Local<v8::Value> operator[](int index) const;
  /// How many arguments were given before the callback (all of them when
  /// there is none): Node's `arguments.length` tests.
  int count() const { return argument_count_ >= 0 ? argument_count_ : info_.Length(); }
  /// `this` (a FileHandle, for its methods).
  v8::Local<v8::Object> receiver() const { return info_.This(); }

  /// The callback form only (elsewhere it does nothing and returns true).
  /// As Node's `if (typeof options === 'function')`, the callback is the
  /// first function among arguments [first, position]; what comes from there
  /// on counts as not given. Without a function, ERR_INVALID_ARG_TYPE shows
  /// argument `position`, or, with `or_earlier`, the last truthy one of
  /// [first, position] (Node's `callback ||= options`).
  bool TakeCallback(int first, int position, const char* name = "cb", bool or_earlier = false);

  /// For functions whose callback is optional: `callback` is used when the
  /// script gave none (fs.close's default throws the error it gets).
  void SetDefaultCallback(v8::Local<v8::Function> callback);
  /// crypto.randomBytes(size[, callback]): without a callback (argument
  /// `position` undefined) the call becomes synchronous; with one, it must
  /// be a function.
  bool TakeOptionalCallback(int position, const char* name);
  bool has_callback() const { return !callback_.IsEmpty(); }

 private:
  PoolCall(const v8::FunctionCallbackInfo<v8::Value>& info, const PoolFunction& function)
      : info_(info), function_(function) {}

  /// Runs `job` in this call's form and sets the function's return value.
  void Start(std::unique_ptr<Job> job);

  const v8::FunctionCallbackInfo<v8::Value>& info_;
  const PoolFunction& function_;
  v8::Local<v8::Function> callback_;
  int argument_count_ = -1;  ///< arguments before the callback; -1: all of them
  bool run_here_ = false;    ///< TakeOptionalCallback found none: synchronous
};

}  // namespace pool
