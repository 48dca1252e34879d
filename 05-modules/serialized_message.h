/// \file
/// A JavaScript value turned into bytes and back: the structured clone
/// algorithm of the Web platform, on V8's ValueSerializer and
/// ValueDeserializer. (Node: the Message class of src/node_messaging.cc.)
///
/// structuredClone() serializes and at once deserializes in the same
/// context; a worker's postMessage() (a later issue) will serialize on one
/// thread and deserialize on another, which is why the bytes and the moved
/// ArrayBuffer memory live in this small class of their own.
///
/// V8 knows how to write the language's values: primitives, BigInts, plain
/// objects and arrays, boxed primitives, Date, RegExp, Map, Set, ArrayBuffer
/// and its views, errors, and cycles (an object met twice is written once).
/// What it cannot write (functions, symbols, promises, WeakMaps, proxies,
/// objects of C++ classes) it reports to the *delegate*, which throws the
/// Web's error: a DOMException named DataCloneError, made by a JavaScript
/// function the `messaging` binding was given (messaging.cc).
///
/// Transferring an ArrayBuffer moves its memory instead of copying it: the
/// serializer is told the buffer's index in the transfer list, writes only
/// the index, and the original is detached (its byteLength becomes 0); the
/// deserializer makes a new ArrayBuffer over the same memory (a
/// v8::BackingStore, shared by std::shared_ptr) for that index.
///
/// A MessagePort (worker/message_port.h) is an object of a C++ class, which
/// V8 hands to the delegate (a "host object"). A port listed in the transfer
/// list is written as its index in that list and its channel end (PortData)
/// travels inside the message; the reading side makes a new MessagePort over
/// that end in its own realm, on its own loop. A port met but not listed is
/// refused with Node's TypeError (ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST).
///
/// A SharedArrayBuffer is neither copied nor moved: the message keeps a
/// reference to its backing store, and the reading side makes a second
/// SharedArrayBuffer over the same memory. Two isolates on two threads then
/// see the same bytes, which is what Atomics.wait/notify synchronise.
#pragma once

#include <v8.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace modules {

class PortData;

class SerializedMessage {
 public:
  /// The MessagePorts a message may carry: the objects of the transfer list,
  /// and the class that tells a port from other host objects (empty: none).
  struct Ports {
    std::vector<v8::Local<v8::Object>> objects;
    v8::Local<v8::FunctionTemplate> port_class;
  };
  /// Makes the reading side's MessagePort over a channel end that arrived.
  using PortMaker = std::function<v8::MaybeLocal<v8::Object>(std::shared_ptr<PortData>)>;

  SerializedMessage() = default;
  SerializedMessage(const SerializedMessage&) = delete;
  SerializedMessage& operator=(const SerializedMessage&) = delete;
  /// Ports that were sent but never read are closed: their peers see 'close'.
  ~SerializedMessage();

  /// Writes `value`; the ArrayBuffers of `transfer` move into the message.
  /// `make_clone_error(message, missingTransfer)` returns the exception to
  /// throw for a value that cannot be cloned (missingTransfer: a port met but
  /// not listed). False, with that exception thrown, on failure.
  bool Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                 const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                 v8::Local<v8::Function> make_clone_error, const Ports& ports = {});
  /// After Serialize() succeeded: the channel end of ports.objects[i], for
  /// each i in order (the caller detaches them from their MessagePorts).
  void AddPort(std::shared_ptr<PortData> port) { ports_.push_back(std::move(port)); }

  /// A second copy of a message that moves nothing (no transferred buffers
  /// or ports): a BroadcastChannel gives one to each reader.
  std::unique_ptr<SerializedMessage> Copy() const;
  bool moves_something() const { return !transferred_.empty() || !ports_.empty(); }

  /// Reads the value back, in `context`. Transferred memory and ports are
  /// handed over once: a message is deserialized at most once.
  v8::MaybeLocal<v8::Value> Deserialize(v8::Local<v8::Context> context,
                                        const PortMaker& make_port = nullptr);

 private:
  std::vector<uint8_t> data_;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred_;
  std::vector<std::shared_ptr<PortData>> ports_;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_;  ///< SharedArrayBuffers, by id
};

}  // namespace modules
