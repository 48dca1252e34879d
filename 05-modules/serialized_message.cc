#include "serialized_message.h"

#include <cstdlib>

namespace modules {
namespace {

/// What V8's serializer asks the embedder: the error to throw, and an id
/// for each SharedArrayBuffer (its backing store, kept by the message).
/// ArrayBuffers it writes itself, and objects of C++ classes ("host
/// objects") cannot be cloned yet, which V8's default answer says.
class Delegate : public v8::ValueSerializer::Delegate {
 public:
  Delegate(v8::Isolate* isolate, v8::Local<v8::Function> make_clone_error,
           std::vector<std::shared_ptr<v8::BackingStore>>* shared)
      : isolate_(isolate), make_clone_error_(make_clone_error), shared_(shared) {}

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
    for (uint32_t i = 0; i < shared_->size(); i++) {
      if ((*shared_)[i] == store) return v8::Just(i);
    }
    shared_->push_back(std::move(store));
    return v8::Just(static_cast<uint32_t>(shared_->size() - 1));
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Value> args[] = {message};
    v8::Local<v8::Value> error;
    // If making the error threw, that exception is the one left pending.
    if (make_clone_error_->Call(context, v8::Undefined(isolate_), 1, args).ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Function> make_clone_error_;
  std::vector<std::shared_ptr<v8::BackingStore>>* shared_;
};

/// The reading side: a SharedArrayBuffer over the memory the id names.
class ReadDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit ReadDelegate(const std::vector<std::shared_ptr<v8::BackingStore>>& shared)
      : shared_(shared) {}

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    if (id >= shared_.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, shared_[id]);
  }

 private:
  const std::vector<std::shared_ptr<v8::BackingStore>>& shared_;
};

}  // namespace

bool SerializedMessage::Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                  const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                                  v8::Local<v8::Function> make_clone_error) {
  v8::Isolate* isolate = context->GetIsolate();
  Delegate delegate(isolate, make_clone_error, &shared_);
  v8::ValueSerializer serializer(isolate, &delegate);
  for (uint32_t i = 0; i < transfer.size(); i++) serializer.TransferArrayBuffer(i, transfer[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return false;
  // Only now, when nothing can fail, does the memory move.
  for (v8::Local<v8::ArrayBuffer> buffer : transfer) {
    transferred_.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  data_.assign(bytes.first, bytes.first + bytes.second);
  std::free(bytes.first);  // V8's default delegate allocates with realloc()
  return true;
}

v8::MaybeLocal<v8::Value> SerializedMessage::Deserialize(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope handle_scope(isolate);
  ReadDelegate delegate(shared_);
  v8::ValueDeserializer deserializer(isolate, data_.data(), data_.size(), &delegate);
  for (uint32_t i = 0; i < transferred_.size(); i++) {
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, std::move(transferred_[i])));
  }
  transferred_.clear();
  v8::Local<v8::Value> value;
  if (deserializer.ReadHeader(context).IsNothing() ||
      !deserializer.ReadValue(context).ToLocal(&value)) {
    return {};
  }
  return handle_scope.Escape(value);
}

}  // namespace modules
