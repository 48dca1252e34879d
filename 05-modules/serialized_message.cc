#include "serialized_message.h"

#include <cstdlib>

namespace modules {
namespace {

/// What V8's serializer asks the embedder. Only errors need an answer
/// here: ArrayBuffers it writes itself, and objects of C++ classes ("host
/// objects") cannot be cloned yet, which V8's default answer says.
class Delegate : public v8::ValueSerializer::Delegate {
 public:
  Delegate(v8::Isolate* isolate, v8::Local<v8::Function> make_clone_error)
      : isolate_(isolate), make_clone_error_(make_clone_error) {}

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
};

}  // namespace

bool SerializedMessage::Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                  const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                                  v8::Local<v8::Function> make_clone_error) {
  v8::Isolate* isolate = context->GetIsolate();
  Delegate delegate(isolate, make_clone_error);
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
  v8::ValueDeserializer deserializer(isolate, data_.data(), data_.size());
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
