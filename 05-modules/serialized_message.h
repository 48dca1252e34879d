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
/// A SharedArrayBuffer is neither copied nor moved: the message keeps a
/// reference to its backing store, and the reading side makes a second
/// SharedArrayBuffer over the same memory. Two isolates on two threads then
/// see the same bytes, which is what Atomics.wait/notify synchronise.
#pragma once

#include <v8.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace modules {

class SerializedMessage {
 public:
  /// Writes `value`; the ArrayBuffers of `transfer` move into the message.
  /// `make_clone_error(message)` returns the exception to throw for a value
  /// that cannot be cloned. False, with that exception thrown, on failure.
  bool Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                 const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                 v8::Local<v8::Function> make_clone_error);

  /// Reads the value back, in `context`. Transferred memory is handed over
  /// once: a message is deserialized at most once.
  v8::MaybeLocal<v8::Value> Deserialize(v8::Local<v8::Context> context);

 private:
  std::vector<uint8_t> data_;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred_;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_;  ///< SharedArrayBuffers, by id
};

}  // namespace modules
