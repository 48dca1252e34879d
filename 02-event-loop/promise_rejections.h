/// \file
/// Promises rejected with no handler: Node 20's default `throw` mode.
///
/// V8 tells the embedder about rejections through one callback
/// (v8::Isolate::SetPromiseRejectCallback):
///
/// - kPromiseRejectWithNoHandler: a promise was rejected and has no handler
///   yet. It goes on a *pending* list: a handler may still come.
/// - kPromiseHandlerAddedAfterReject: a handler came after all
///   (`p.catch(...)` later). The promise leaves the pending list.
///
/// The list is examined at the end of each drain (task_queues.h), that is once
/// the nextTick and microtask queues are empty: a rejection handled later "in
/// the same tick" (in a nextTick, a promise job, or later in the script) is
/// never reported. What is still pending then ends the program as an uncaught
/// exception would, with exit code 1. (Node: processPromiseRejections in
/// lib/internal/process/promises.js.)
///
/// A reason that looks like an error (an object with its own `stack`) is
/// reported as itself. Any other reason (`Promise.reject(42)`) is wrapped in an
/// UnhandledPromiseRejection error with code ERR_UNHANDLED_REJECTION whose
/// message quotes the reason.
#pragma once

#include <v8.h>

#include <vector>

namespace loop {

class Runtime;

class PromiseRejections {
 public:
  explicit PromiseRejections(Runtime& runtime) : runtime_(runtime) {}

  /// Registers the rejection callback with the isolate.
  void Start(v8::Isolate* isolate);
  /// Unregisters it and forgets every pending rejection.
  void Stop(v8::Isolate* isolate);

  /// Ends the program if a rejection is still unhandled; returns false then
  /// (true if an uncaught-exception handler took it: see Runtime).
  bool ReportUnhandled();

  size_t pending_count() const { return pending_.size(); }

 private:
  struct Rejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  static void OnPromiseReject(v8::PromiseRejectMessage message);
  /// The error reported for a reason that is not error-like.
  v8::Local<v8::Value> UnhandledRejectionError(v8::Local<v8::Value> reason);
  /// Ends the program with `reason` as an uncaught exception.
  void EndWithRejection(v8::Local<v8::Value> reason);

  Runtime& runtime_;
  std::vector<Rejection> pending_;  ///< in the order they were rejected
};

}  // namespace loop
