#include "serialized_message.h"

#include <cstdlib>

#include "worker/message_port.h"

namespace modules {
namespace {

/// What V8's serializer asks the embedder: the error to throw, and an id
/// for each SharedArrayBuffer (its backing store, kept by the message), and
/// what to write for an object of a C++ class (a "host object"): a listed
/// MessagePort's index; anything else cannot be cloned.
class Delegate : public v8::ValueSerializer::Delegate {
 public:
  Delegate(v8::Isolate* isolate, v8::Local<v8::Function> make_clone_error,
           std::vector<std::shared_ptr<v8::BackingStore>>* shared,
           const SerializedMessage::Ports& ports)
      : isolate_(isolate), make_clone_error_(make_clone_error), shared_(shared), ports_(ports) {}

  v8::ValueSerializer* serializer = nullptr;

  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object> object) override {
    for (uint32_t i = 0; i < ports_.objects.size(); i++) {
      if (ports_.objects[i] == object) {
        serializer->WriteUint32(i);
        return v8::Just(true);
      }
    }
    bool is_port = !ports_.port_class.IsEmpty() && ports_.port_class->HasInstance(object);
    Throw(is_port ? "Object that needs transfer was found in message but not listed in "
                    "transferList"
                  : "An object could not be cloned.",
          is_port);
    return v8::Nothing<bool>();
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
    for (uint32_t i = 0; i < shared_->size(); i++) {
      if ((*shared_)[i] == store) return v8::Just(i);
    }
    shared_->push_back(std::move(store));
    return v8::Just(static_cast<uint32_t>(shared_->size() - 1));
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override { Throw(message, false); }

 private:
  void Throw(const char* message, bool missing_transfer) {
    Throw(v8::String::NewFromUtf8(isolate_, message).ToLocalChecked(), missing_transfer);
  }
  void Throw(v8::Local<v8::String> message, bool missing_transfer) {
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Value> args[] = {message, v8::Boolean::New(isolate_, missing_transfer)};
    v8::Local<v8::Value> error;
    // If making the error threw, that exception is the one left pending.
    if (make_clone_error_->Call(context, v8::Undefined(isolate_), 2, args).ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

  v8::Isolate* isolate_;
  v8::Local<v8::Function> make_clone_error_;
  std::vector<std::shared_ptr<v8::BackingStore>>* shared_;
  const SerializedMessage::Ports& ports_;
};

/// The reading side: a SharedArrayBuffer over the memory the id names, and
/// a new MessagePort for each port index.
class ReadDelegate : public v8::ValueDeserializer::Delegate {
 public:
  ReadDelegate(const std::vector<std::shared_ptr<v8::BackingStore>>& shared,
               std::vector<std::shared_ptr<PortData>>* ports,
               const SerializedMessage::PortMaker& make_port)
      : shared_(shared), ports_(ports), make_port_(make_port) {}

  v8::ValueDeserializer* deserializer = nullptr;

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer->ReadUint32(&index) || index >= ports_->size() ||
        (*ports_)[index] == nullptr || !make_port_) {
      isolate->ThrowException(v8::Exception::Error(
          v8::String::NewFromUtf8Literal(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    return make_port_(std::move((*ports_)[index]));
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    if (id >= shared_.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, shared_[id]);
  }

 private:
  const std::vector<std::shared_ptr<v8::BackingStore>>& shared_;
  std::vector<std::shared_ptr<PortData>>* ports_;
  const SerializedMessage::PortMaker& make_port_;
};

}  // namespace

SerializedMessage::~SerializedMessage() {
  for (const std::shared_ptr<PortData>& port : ports_) {
    if (port != nullptr) port->Close();
  }
}

bool SerializedMessage::Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                  const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                                  v8::Local<v8::Function> make_clone_error, const Ports& ports) {
  v8::Isolate* isolate = context->GetIsolate();
  Delegate delegate(isolate, make_clone_error, &shared_, ports);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.serializer = &serializer;
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

std::unique_ptr<SerializedMessage> SerializedMessage::Copy() const {
  auto copy = std::make_unique<SerializedMessage>();
  copy->data_ = data_;
  copy->shared_ = shared_;  // the same shared memory, as each reader must see
  return copy;
}

v8::MaybeLocal<v8::Value> SerializedMessage::Deserialize(v8::Local<v8::Context> context,
                                                         const PortMaker& make_port) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope handle_scope(isolate);
  ReadDelegate delegate(shared_, &ports_, make_port);
  v8::ValueDeserializer deserializer(isolate, data_.data(), data_.size(), &delegate);
  delegate.deserializer = &deserializer;
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
