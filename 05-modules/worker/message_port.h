/// \file
/// MessagePort: one end of a channel between two loops, perhaps on two
/// threads. (Node: src/node_messaging.h, MessagePort and MessagePortData.)
///
/// A channel is two PortData objects that know each other. Posting on one
/// end serializes the value (SerializedMessage, V8's ValueSerializer) on the
/// sender's thread and pushes the bytes onto the *other* end's queue, under
/// that end's mutex; then it wakes the loop that reads that end with
/// uv_async_send(), the one libuv call that is safe from any thread. The
/// receiving loop runs OnWake() on its own thread, takes the messages and
/// deserializes them in its own isolate:
///
///     thread A                          thread B
///     port1.postMessage(v)
///       serialize v ──> PortData(2).queue ─┐
///       uv_async_send(port2's async) ······┼··> loop B wakes: OnWake()
///                                          └──> take, deserialize, emit 'message'
///
/// PortData outlives the JavaScript object: it is shared (std::shared_ptr)
/// by its MessagePort and by the peer's sender, and it can leave its
/// MessagePort to be handed to another thread (a worker's ports are made on
/// the parent's thread and read on the worker's). Lock order: a thread holds
/// at most one PortData mutex at a time.
///
/// A BroadcastChannel is the same PortData without a peer, in a named group
/// that the whole process shares (a registry under its own mutex, never held
/// together with a PortData's): posting copies the bytes to every other
/// member's queue and wakes each member's loop, whichever thread it is on.
///
/// MessagePort is a HandleWrap of stage 04 over a uv_async_t: ref()/unref()
/// are the handle's, and a port keeps its loop alive only while ref'd (the
/// JavaScript side refs it when a 'message' listener is added, as Node does).
#pragma once

#include <uv.h>
#include <v8.h>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "handle_wrap.h"
#include "serialized_message.h"

namespace modules {

class PortData {
 public:
  /// Two ends that know each other.
  static std::pair<std::shared_ptr<PortData>, std::shared_ptr<PortData>> NewChannel();
  /// A new member of the process-wide broadcast group `name`.
  static std::shared_ptr<PortData> JoinGroup(const std::string& name);

  /// Queues `message` on the peer's end (or on every other member of the
  /// group) and wakes its loop. Dropped when the channel is closed, as the
  /// Web's MessagePort drops it.
  void PostToPeer(std::unique_ptr<SerializedMessage> message);
  bool in_group() const { return !group_.empty(); }
  /// The oldest message waiting on this end, or nullptr.
  std::unique_ptr<SerializedMessage> Take();
  bool empty();
  size_t size();
  const std::string& group() const { return group_; }
  /// The channel was closed by either end.
  bool closed();

  /// `wake` is signalled whenever a message arrives or the channel closes,
  /// at once if something is already waiting. nullptr: nobody to wake.
  void SetWake(uv_async_t* wake);
  /// Closes the channel; the peer's loop is woken to see it.
  void Close();

 private:
  void Wake();  // mutex_ held
  /// Queues a message on this end; false if it is closed.
  bool Push(std::unique_ptr<SerializedMessage> message);
  void LeaveGroup();

  std::mutex mutex_;
  std::deque<std::unique_ptr<SerializedMessage>> queue_;
  uv_async_t* wake_ = nullptr;
  bool closed_ = false;
  std::weak_ptr<PortData> peer_;  // set once, before the ends are shared
  std::string group_;             // a BroadcastChannel's name; set once, likewise
};

class MessagePort : public bindings::HandleWrap {
 public:
  /// A new MessagePort object over `data`, in `realm`.
  static v8::MaybeLocal<v8::Object> New(bindings::Realm& realm, std::shared_ptr<PortData> data);
  /// The constructor and prototype methods, in `exports` (binding init).
  static void Initialize(bindings::Realm& realm, v8::Local<v8::Object> exports);
  /// The port behind `value`, or nullptr if it is none (or closed).
  static MessagePort* FromValue(bindings::Realm& realm, v8::Local<v8::Value> value);

  /// Lets go of the channel end without closing the channel (the end moves
  /// to another thread), then closes this handle.
  std::shared_ptr<PortData> Detach();
  /// Lets go of the channel end and leaves the handle open (a port being
  /// transferred: JavaScript closes the handle and emits 'close').
  std::shared_ptr<PortData> TakeData();

  void OnRealmTeardown() override;

 private:
  MessagePort(bindings::Realm& realm, v8::Local<v8::Object> object, std::shared_ptr<PortData> data);
  ~MessagePort() override;

  static void NewFromJs(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Drain(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Receive(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void CloseChannel(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnWake(uv_async_t* async);

  /// Delivers up to `limit` waiting messages to JavaScript ('message'), then
  /// tells it if the channel closed. False when the program is ending.
  /// `traced`: a wake-up of the loop (not drain()), narrated by --trace-loop.
  bool Deliver(size_t limit, bool traced = false);
  /// Makes the ports that arrive in a message, in this port's realm.
  SerializedMessage::PortMaker PortMaker();

  uv_async_t async_;
  std::shared_ptr<PortData> data_;
  bool started_ = false;
  bool close_reported_ = false;
};

}  // namespace modules
