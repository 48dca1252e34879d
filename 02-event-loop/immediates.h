/// \file
/// setImmediate: callbacks for the check phase, right after poll.
/// (Node: processImmediate in lib/internal/timers.js, CheckImmediate in
/// src/env.cc.)
///
/// Two libuv handles do the work:
///
/// - a **uv_check_t**, whose callback libuv calls in every check phase (after
///   poll): it runs the immediates queued so far, in order. It is unref'd: on
///   its own it does not keep the process alive.
/// - a **uv_idle_t**, started while at least one ref'd immediate waits. Its
///   callback does nothing; its presence does two things: it keeps the loop
///   alive, and an active idle handle makes libuv poll with a timeout of 0,
///   so the loop does not block on I/O while immediates are waiting.
///
/// The queue is taken whole at the start of the check phase: an immediate
/// queued by an immediate runs in the *next* iteration, so a chain of
/// setImmediate calls lets timers and I/O in between (unlike a chain of
/// nextTicks, which would starve the loop).
///
/// An Immediate object keeps its own state in internal fields; clearImmediate
/// marks it so that the check phase skips it.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstddef>
#include <vector>

namespace loop {

class Runtime;

/// The internal fields of an Immediate object.
enum ImmediateField : int {
  kImmediateCallback,  ///< the function while queued; null once run or cleared (Node: _onImmediate)
  kImmediateArguments,  ///< an Array of extra arguments, or undefined (Node: _argv)
  kImmediateRefed,      ///< false after unref() (Node: [kRefed])
  kImmediateFieldCount
};

class ImmediateQueue {
 public:
  explicit ImmediateQueue(Runtime& runtime) : runtime_(runtime) {}

  /// Defines setImmediate, clearImmediate and the Immediate class; starts the
  /// check handle.
  void Install(v8::Local<v8::Context> context);
  /// uv_close()s both handles.
  void Close();

  size_t queued_count() const { return queue_.size(); }
  size_t refed_count() const { return refed_count_; }

 private:
  static void SetImmediate(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ClearImmediate(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info);

  bool IsImmediate(v8::Local<v8::Value> value);
  static bool IsQueued(v8::Local<v8::Object> immediate);
  void SetRefed(v8::Local<v8::Object> immediate, bool refed);
  void AddRef();
  void RemoveRef();

  static void OnCheck(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle);
  void RunQueue();

  Runtime& runtime_;
  uv_check_t check_handle_;
  uv_idle_t idle_handle_;
  bool handles_open_ = false;
  std::vector<v8::Global<v8::Object>> queue_;    ///< waiting for the next check phase
  std::vector<v8::Global<v8::Object>> running_;  ///< the ones this check phase runs
  size_t refed_count_ = 0;
  v8::Global<v8::FunctionTemplate> immediate_class_;
};

}  // namespace loop
