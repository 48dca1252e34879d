/// \file
/// What the three files of the `crypto` binding share: bytes in from JS,
/// bytes out to JS, and OpenSSL's errors as Node's. Small and inline.
#pragma once

#include <v8.h>

#include <algorithm>
#include <string>

#include "engine.h"
#include "support/bytes.h"

namespace modules {
namespace crypto {

inline v8::Local<v8::String> Str(v8::Isolate* isolate, const std::string& text) {
  return engine::ToV8String(isolate, text);
}

/// The bytes of an ArrayBuffer or a view (lib/internal/crypto/*.js turns
/// strings into Buffers before they come here); none for anything else.
inline pool::BytesView ViewOf(v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    return pool::BytesView::FromView(value.As<v8::ArrayBufferView>());
  }
  if (value->IsArrayBuffer()) return pool::BytesView::FromArrayBuffer(value.As<v8::ArrayBuffer>());
  return pool::BytesView();
}

/// A copy of [data, data + size) as a new Uint8Array (a Buffer, in 05).
inline v8::Local<v8::Value> ToArray(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  pool::Bytes bytes;
  bytes.Resize(size);
  if (size != 0) std::copy(data, data + size, bytes.data());
  return bytes.ToUint8Array(isolate);
}

/// The oldest error OpenSSL queued, as Node shows it: the message
/// "error:1C800064:Provider routines::bad decrypt", code
/// ERR_OSSL_BAD_DECRYPT, library and reason; `fallback` when the queue is
/// empty. The queue is cleared. (crypto_binding.cc)
v8::Local<v8::Value> OpenSSLError(v8::Isolate* isolate, const std::string& fallback);

}  // namespace crypto
}  // namespace modules
