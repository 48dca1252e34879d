/// \file
/// Where a job's outcome goes: a Node-style callback, or a promise.
///
/// Node offers most asynchronous functions in two styles, and this stage
/// offers both from the same Job:
///
///     fs.readFile('a.txt', (err, data) => ...)       callback: the error first
///     await fs.promises.readFile('a.txt')            promise: resolve or reject
///
/// A Completion is made on the loop thread when the call starts, travels with
/// the job through the pool without being touched there, and is used on the
/// loop thread again when the job is done. It holds the JS function or the
/// promise's resolver in a v8::Global, so that they outlive the call that
/// created them.
///
/// Delivery follows stage 02's contract (loop::Runtime::CallFromLoop): the
/// callback runs from the loop, then the nextTick and microtask queues are
/// drained; an exception it throws ends the program as uncaught. A promise
/// is settled, then the queues are drained, which runs its `.then` handlers
/// and the code after an `await`.
#pragma once

#include <v8.h>

#include <string>

#include "job.h"

namespace loop {
class Runtime;
}

namespace pool {

class Completion {
 public:
  /// Calls `callback(error)` or `callback(null, ...values)`.
  static Completion ToCallback(v8::Isolate* isolate, v8::Local<v8::Function> callback);
  /// Settles a new promise; promise() is what the function returns.
  static Completion ToPromise(v8::Local<v8::Context> context);

  v8::Local<v8::Promise> promise(v8::Isolate* isolate) const;

  /// Hands `outcome` to JavaScript. `from_loop`: the loop called us, so the
  /// queues are drained afterwards; otherwise we run inside a nextTick, and
  /// the drain in progress goes on after us. Returns false when the program
  /// must end (an uncaught exception, process.exit()).
  bool Deliver(loop::Runtime& runtime, const Outcome& outcome, bool from_loop);

  /// For --trace-loop: "callback onRead (app.js:4)", "resolve promise".
  std::string Describe(v8::Isolate* isolate, const Outcome& outcome) const;

 private:
  v8::Global<v8::Function> callback_;
  v8::Global<v8::Promise::Resolver> resolver_;
};

}  // namespace pool
