/// \file
/// setTimeout and setInterval: any number of JavaScript timers on one libuv
/// timer. (Node: lib/internal/timers.js, whose design this follows.)
///
/// The simple way is one uv_timer_t per JS timer: libuv keeps its timers in a
/// binary heap, so each start or stop costs O(log n), and each handle must be
/// closed (uv_close, a close callback, a later loop phase) before its memory
/// can go. Node instead observes that **timers with the same duration expire
/// in the order they were created**: a list per duration is already sorted,
/// so appending and unlinking are O(1). Only the lists need ordering, in a
/// small priority queue keyed by each list's earliest expiry; and the whole
/// queue needs a single uv_timer_t, armed for the earliest list.
///
///     lists_by_expiry_ (a min-heap: earliest expiry on top)
///       ┌──────────────────┐   ┌───────────────────┐
///       │ 1 ms, expiry 101 │   │ 50 ms, expiry 140 │  ... one per duration
///       └────────┬─────────┘   └─────────┬─────────┘
///         Entry ⇄ Entry ⇄ Entry     Entry ⇄ Entry        oldest first
///
///     one uv_timer_t ──> fires at 101 ──> RunDueTimers(now)
///
/// When the uv timer fires, the lists whose expiry has come are visited in
/// order; each runs its due entries from the front, and stops at the first
/// entry that is not due yet, which becomes the list's new expiry. Then the uv
/// timer is re-armed for the earliest list. A list whose entries were all
/// cleared stays until its expiry, as in Node: a program that sets and clears
/// many timers of one duration does not create and destroy a list each time.
///
/// **The Timeout object** is what setTimeout returns. Its state lives in
/// internal fields (slots a C++ embedder reserves in a JS object, invisible to
/// scripts): the callback, its arguments, the duration, ref'd or not. The C++
/// Entry exists only while the timer is armed; it holds the Timeout strongly
/// (a v8::Global), so an armed timer cannot be garbage-collected, and a fired
/// or cleared one is left to the garbage collector like any object.
///
/// **Refs**: the uv timer is uv_ref()'d while at least one ref'd JS timer is
/// armed, and uv_unref()'d otherwise. That is all `timeout.unref()` needs to
/// let the process exit.
///
/// The priority queue is only ever changed at its top (the earliest list is
/// the one whose expiry moves, or that goes when it is done), so a plain
/// binary heap (std::priority_queue) serves; new lists are pushed onto it.
///
/// **Time** is libuv's loop time in whole milliseconds (uv_now), refreshed
/// with uv_update_time() when a timer is armed, as Node does; a fractional
/// duration is truncated for its list (setTimeout(f, 1.5) joins the 1 ms list),
/// as in Node.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>
#include <queue>
#include <unordered_map>
#include <vector>

namespace loop {

class Runtime;

/// The internal fields of a Timeout object.
enum TimeoutField : int {
  kTimeoutEntry,       ///< aligned pointer to the armed Entry, or nullptr
  kTimeoutCallback,    ///< the function (Node: _onTimeout)
  kTimeoutArguments,   ///< an Array of extra arguments, or undefined (Node: _timerArgs)
  kTimeoutDurationMs,  ///< a Number; -1 once cleared (Node: _idleTimeout)
  kTimeoutRepeats,     ///< true for setInterval (Node: _repeat)
  kTimeoutRefed,       ///< false after unref() (Node: [kRefed])
  kTimeoutId,          ///< what +timeout returns (Node: [async_id_symbol])
  kTimeoutFieldCount
};

class TimerQueue {
 public:
  explicit TimerQueue(Runtime& runtime);
  ~TimerQueue();

  /// Defines setTimeout, setInterval, clearTimeout, clearInterval and the
  /// Timeout class; initialises the uv timer.
  void Install(v8::Local<v8::Context> context);
  /// uv_close()s the uv timer; armed timers are forgotten.
  void Close();

  size_t armed_count() const { return armed_count_; }
  size_t refed_count() const { return refed_count_; }

  /// Node's coercion of a delay: a number in [1, 2^31 - 1], else 1. Above
  /// that range `*too_large` is set to the number asked for (Node warns), else
  /// to 0. Empty if the conversion threw.
  static v8::Maybe<double> CoerceDelay(v8::Local<v8::Context> context, v8::Local<v8::Value> delay,
                                       double* too_large);

 private:
  struct List;
  /// One armed JS timer, a node of its duration's list.
  struct Entry {
    v8::Global<v8::Object> timeout;
    List* list = nullptr;
    Entry* previous = nullptr;
    Entry* next = nullptr;
    int64_t start_ms = 0;  ///< loop time when armed; due at start_ms + list->duration_ms
  };
  /// The armed timers of one duration, oldest first.
  struct List {
    int64_t duration_ms = 0;
    int64_t expiry_ms = 0;  ///< when `first` is due (never later than that)
    uint64_t order = 0;     ///< equal expiries run in the order lists were (re)queued
    Entry* first = nullptr;
    Entry* last = nullptr;
  };
  /// The heap's ordering: std::priority_queue puts the *greatest* on top, so
  /// "greater" here means "runs later".
  struct RunsLater {
    bool operator()(const List* a, const List* b) const {
      return a->expiry_ms != b->expiry_ms ? a->expiry_ms > b->expiry_ms : a->order > b->order;
    }
  };

  // The JavaScript API.
  static void SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetInterval(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Refresh(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void CloseTimeout(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ToPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info);

  void CreateTimer(const v8::FunctionCallbackInfo<v8::Value>& info, bool repeats);
  bool IsTimeout(v8::Local<v8::Value> value);
  /// Puts `timeout` in its duration's list, due `duration` ms after `start_ms`.
  void Arm(v8::Local<v8::Object> timeout, int64_t start_ms);
  /// Takes `timeout` out of its list (if armed).
  void Disarm(v8::Local<v8::Object> timeout);
  /// clearTimeout: disarms for good.
  void Clear(v8::Local<v8::Object> timeout);
  void SetRefed(v8::Local<v8::Object> timeout, bool refed);

  /// The uv timer's callback: the timers phase.
  static void OnUvTimer(uv_timer_t* handle);
  void RunDueTimers(int64_t now_ms);
  /// Runs one due timer; false when the program must end.
  bool Fire(Entry* entry, int64_t now_ms);
  /// Arms the uv timer for the earliest list (or stops it).
  void ScheduleUvTimer();
  void AddRef();
  void RemoveRef();
  int64_t Now();

  Runtime& runtime_;
  uv_timer_t uv_timer_;
  bool uv_timer_open_ = false;
  std::unordered_map<int64_t, std::unique_ptr<List>> lists_by_duration_;
  std::priority_queue<List*, std::vector<List*>, RunsLater> lists_by_expiry_;
  uint64_t next_list_order_ = 0;
  size_t armed_count_ = 0;
  size_t refed_count_ = 0;
  double next_id_ = 1;
  v8::Global<v8::FunctionTemplate> timeout_class_;
  /// Timeouts whose id a script has seen (+timeout), so that
  /// clearTimeout(id) finds them; as in Node, only those are indexed.
  std::unordered_map<double, v8::Global<v8::Object>> timeouts_by_id_;
};

}  // namespace loop
