#include "support/bytes.h"

#include <atomic>
#include <cstdlib>
#include <utility>

namespace pool {
namespace {

// One per process, set by every Realm (a worker's too) to the same
// function: atomic, so that two threads setting it is no data race.
std::atomic<ByteArrayHook> byte_array_hook{nullptr};

}  // namespace

v8::Local<v8::Uint8Array> NewByteArray(v8::Local<v8::ArrayBuffer> buffer, size_t offset,
                                       size_t length) {
  v8::Local<v8::Uint8Array> array = v8::Uint8Array::New(buffer, offset, length);
  if (ByteArrayHook hook = byte_array_hook.load(std::memory_order_relaxed)) hook(array);
  return array;
}

void SetByteArrayHook(ByteArrayHook hook) {
  byte_array_hook.store(hook, std::memory_order_relaxed);
}

Bytes::~Bytes() { std::free(data_); }

Bytes::Bytes(Bytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

Bytes& Bytes::operator=(Bytes&& other) noexcept {
  if (this != &other) {
    std::free(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

bool Bytes::Resize(size_t size) {
  if (size == 0) {
    std::free(data_);
    data_ = nullptr;
    size_ = 0;
    return true;
  }
  void* grown = std::realloc(data_, size);
  if (grown == nullptr) return false;
  data_ = static_cast<uint8_t*>(grown);
  size_ = size;
  return true;
}

v8::Local<v8::Uint8Array> Bytes::ToUint8Array(v8::Isolate* isolate) {
  size_t size = size_;
  v8::Local<v8::ArrayBuffer> buffer;
  if (data_ == nullptr) {
    buffer = v8::ArrayBuffer::New(isolate, 0);
  } else {
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data_, size_, [](void* data, size_t, void*) { std::free(data); }, nullptr);
    data_ = nullptr;  // V8 frees it now
    size_ = 0;
    buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  }
  return NewByteArray(buffer, 0, size);
}

BytesView BytesView::FromString(v8::Isolate* isolate, v8::Local<v8::String> text,
                                Encoding encoding) {
  BytesView view;
  view.copy_ = std::make_shared<std::string>(StringToBytes(isolate, text, encoding));
  view.data_ = reinterpret_cast<uint8_t*>(view.copy_->data());
  view.size_ = view.copy_->size();
  return view;
}

BytesView BytesView::FromView(v8::Local<v8::ArrayBufferView> array) {
  BytesView view = FromArrayBuffer(array->Buffer());
  return view.Slice(array->ByteOffset(), array->ByteLength());
}

BytesView BytesView::FromArrayBuffer(v8::Local<v8::ArrayBuffer> buffer) {
  BytesView view;
  view.store_ = buffer->GetBackingStore();
  view.data_ = static_cast<uint8_t*>(view.store_->Data());
  view.size_ = buffer->ByteLength();
  return view;
}

BytesView BytesView::Slice(size_t offset, size_t length) const {
  BytesView part = *this;
  part.data_ = data_ == nullptr ? nullptr : data_ + offset;
  part.size_ = length;
  return part;
}

}  // namespace pool
