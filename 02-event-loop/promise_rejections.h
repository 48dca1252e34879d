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
/// A later stage may take over (Runtime::LifeHooks, stage 05's
/// --unhandled-rejections modes): each pending rejection is then offered to
/// the unhandled_rejection hook with its *rejection id* (Node numbers every
/// rejection that had no handler, from 1, and names the number in its
/// warnings), and a handler added to a promise no longer pending, one that
/// may have been reported already, is told to the rejection_handled hook at
/// the end of the next drain (Node's 'rejectionHandled').
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
  /// (true if an uncaught-exception handler took it: see Runtime). Sets
  /// `*called_hooks` when a hook ran JavaScript, which may have queued
  /// more work for the drain.
  bool ReportUnhandled(bool* called_hooks = nullptr);

  size_t pending_count() const { return pending_.size(); }

 private:
  struct Rejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
    int id;
  };

  static void OnPromiseReject(v8::PromiseRejectMessage message);
  /// The error reported for a reason that is not error-like.
  v8::Local<v8::Value> UnhandledRejectionError(v8::Local<v8::Value> reason);
  /// Ends the program with `reason` as an uncaught exception.
  void EndWithRejection(v8::Local<v8::Value> reason);

  Runtime& runtime_;
  std::vector<Rejection> pending_;  ///< in the order they were rejected
  /// Promises that got a handler once no longer pending (only with a hook).
  std::vector<v8::Global<v8::Promise>> handled_late_;
  int last_id_ = 0;
};

}  // namespace loop
