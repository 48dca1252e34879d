/// \file
/// A Job: blocking work in two halves, one for a worker thread and one for
/// the loop thread. (Node: ThreadPoolWork in src/threadpoolwork-inl.h, and
/// the uv_fs_t / uv_getaddrinfo_t requests its wraps hold.)
///
///     loop thread                     worker thread
///     ───────────                     ─────────────
///     a native reads its arguments
///     into a Job (plain C++ data)
///     ThreadPool::Submit(job) ──────> job->Run()        may block: open(),
///     ...the loop goes on:                              read(), getaddrinfo(),
///        timers, other callbacks                        PBKDF2 ...
///                                     records results and errors as plain
///                                     data; never touches V8
///     job->Finish() <──────────────── done
///     makes JS values: the result,
///     or an Error
///     ──> the callback, or the promise
///
/// Run() must not use V8 at all: V8 allows one thread at a time in an
/// isolate, and that thread is the loop's. Everything Run() needs is copied
/// out of JavaScript before it starts, and everything it produces waits in
/// the Job until Finish() turns it into JavaScript values on the loop thread.
///
/// The same Job also serves the synchronous form of a function
/// (fs.readFileSync): Run() and Finish() are then called one after the other
/// on the loop thread, blocking it. The difference between `readFile` and
/// `readFileSync` is only *where* Run() happens.
#pragma once

#include <v8.h>

#include <string>
#include <vector>

namespace pool {

/// What a finished job hands to JavaScript.
struct Outcome {
  /// Set when the job failed: the callback's first argument, the promise's
  /// rejection, what the *Sync function throws.
  v8::Local<v8::Value> error;
  /// On success: the callback gets (null, ...values); the *Sync function
  /// returns values[0].
  std::vector<v8::Local<v8::Value>> values;
  /// On success, what the promise resolves to; when empty, values[0] (or
  /// undefined). fs.read's callback gets (null, bytesRead, buffer), its
  /// promise form resolves to { bytesRead, buffer }.
  v8::Local<v8::Value> promise_value;

  static Outcome Failure(v8::Local<v8::Value> error) {
    Outcome outcome;
    outcome.error = error;
    return outcome;
  }
  static Outcome Success() { return Outcome(); }
  static Outcome Success(v8::Local<v8::Value> value) {
    Outcome outcome;
    outcome.values.push_back(value);
    return outcome;
  }
};

class Job {
 public:
  virtual ~Job() = default;

  /// The blocking part. On a worker thread (or, for a *Sync function, on the
  /// loop thread). It may block; it must not touch V8.
  virtual void Run() = 0;

  /// Turns what Run() found into JavaScript values. On the loop thread,
  /// inside a HandleScope, after Run(). It never throws: a failure is
  /// returned as Outcome::Failure.
  virtual Outcome Finish(v8::Local<v8::Context> context) = 0;

  /// What this job is, for --trace-loop: "readFile 'data.txt'".
  virtual std::string Describe() const = 0;

  /// False when Run() has nothing to wait for (dns.lookup of an IP address):
  /// the job then runs on the loop thread and its outcome is delivered on
  /// the next tick, as Node does for such calls, without a trip to the pool.
  virtual bool NeedsPool() const { return true; }
};

}  // namespace pool
