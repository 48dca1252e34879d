/// \file
/// The `zlib_stream` binding: one zlib z_stream owned by a JS object, fed in
/// pieces, for the stream classes of lib/zlib.js (Gzip, Deflate, Inflate, ...).
/// (Node: src/node_zlib.cc, ZlibContext and CompressionStream.)
///
///     new ZlibStream(mode)       mode 1..7: DEFLATE, INFLATE, GZIP, GUNZIP,
///                                DEFLATERAW, INFLATERAW, UNZIP (Node's numbers)
///     init(level, windowBits, memLevel, strategy, result, dictionary)
///                                -> zlib's return code; `result` is a
///                                Uint32Array(2) that every write fills with
///                                [avail_out, avail_in] after it
///     writeSync(flush, in, inOffset, inLength, out, outOffset, outLength)
///                                -> zlib's return code
///     message()                  zlib's text for the last error, or ''
///     params(level, strategy), reset(), close()
///
/// How a stream is compressed: JS hands a piece of input and an output buffer
/// of chunkSize bytes; zlib consumes what it can and fills what it can. When
/// the output is full (avail_out == 0) there may be more to come from the
/// same input, so JS calls again with a fresh output buffer, until zlib
/// leaves room in the output and has taken all the input. The flush mode
/// says how much zlib may keep back: Z_NO_FLUSH lets it wait for more input
/// (better compression), Z_SYNC_FLUSH pushes out everything so far,
/// Z_FINISH ends the stream (the gzip trailer).
///
/// Here the work runs on the loop thread, synchronously, one piece at a time
/// (Node runs each piece on the thread pool): the output is still produced
/// as the input arrives, with the stream's backpressure, but a large piece
/// holds the loop while it is compressed. The one-shot gzip()/deflate() of
/// stage 03 (pool_zlib) stay on the pool.
///
/// gzip members: a .gz file may be several gzip members one after another;
/// GUNZIP and UNZIP go on to the next member when one ends and input remains
/// that starts with the gzip magic bytes, as Node does.
#include <v8.h>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "base_object.h"
#include "binding_registry.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::BaseObject;
using bindings::Realm;

enum Mode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip };

// The bytes of an ArrayBufferView argument.
uint8_t* ViewData(v8::Local<v8::Value> value) {
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  return static_cast<uint8_t*>(view->Buffer()->GetBackingStore()->Data()) + view->ByteOffset();
}

uint32_t Uint32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  return info[index]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int32_t Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  return info[index]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

class ZlibStream : public BaseObject {
 public:
  ZlibStream(Realm& realm, v8::Local<v8::Object> object, Mode mode)
      : BaseObject(realm, object), mode_(mode) {
    MakeWeak();
  }
  ~ZlibStream() override { End(); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int32_t mode = Int32Arg(info, 0);
    if (mode < kDeflate || mode > kUnzip) mode = kNone;
    new ZlibStream(Realm::GetCurrent(info), info.This(), static_cast<Mode>(mode));
  }

  static void Init(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ZlibStream* self = BaseObject::Unwrap<ZlibStream>(info.This());
    self->level_ = Int32Arg(info, 0);
    self->window_bits_ = Int32Arg(info, 1);
    self->mem_level_ = Int32Arg(info, 2);
    self->strategy_ = Int32Arg(info, 3);
    self->result_.Reset(info.GetIsolate(), info[4].As<v8::Uint32Array>());
    if (info[5]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = info[5].As<v8::ArrayBufferView>();
      uint8_t* data = ViewData(view);
      self->dictionary_.assign(data, data + view->ByteLength());
    }
    info.GetReturnValue().Set(self->Start());
  }

  static void WriteSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ZlibStream* self = BaseObject::Unwrap<ZlibStream>(info.This());
    int flush = Int32Arg(info, 0);
    z_stream& strm = self->strm_;
    strm.next_in = info[1]->IsArrayBufferView() ? ViewData(info[1]) + Uint32Arg(info, 2) : nullptr;
    strm.avail_in = info[1]->IsArrayBufferView() ? Uint32Arg(info, 3) : 0;
    strm.next_out = ViewData(info[4]) + Uint32Arg(info, 5);
    strm.avail_out = Uint32Arg(info, 6);
    int ret = self->Step(flush);
    v8::Local<v8::Uint32Array> result = self->result_.Get(info.GetIsolate());
    uint32_t* slots = reinterpret_cast<uint32_t*>(ViewData(result));
    slots[0] = strm.avail_out;
    slots[1] = strm.avail_in;
    info.GetReturnValue().Set(ret);
  }

  static void Message(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ZlibStream* self = BaseObject::Unwrap<ZlibStream>(info.This());
    const char* text = self->strm_.msg != nullptr ? self->strm_.msg : "";
    info.GetReturnValue().Set(v8::String::NewFromUtf8(info.GetIsolate(), text).ToLocalChecked());
  }

  static void Params(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ZlibStream* self = BaseObject::Unwrap<ZlibStream>(info.This());
    self->level_ = Int32Arg(info, 0);
    self->strategy_ = Int32Arg(info, 1);
    int ret = Z_OK;
    if (self->mode_ == kDeflate || self->mode_ == kGzip || self->mode_ == kDeflateRaw) {
      ret = deflateParams(&self->strm_, self->level_, self->strategy_);
    }
    info.GetReturnValue().Set(ret);
  }

  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ZlibStream* self = BaseObject::Unwrap<ZlibStream>(info.This());
    int ret = Z_OK;
    if (self->started_) {
      ret = self->IsDeflate() ? deflateReset(&self->strm_) : inflateReset(&self->strm_);
      if (ret == Z_OK) ret = self->SetDictionaryAfterReset();
    }
    info.GetReturnValue().Set(ret);
  }

  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
    BaseObject::Unwrap<ZlibStream>(info.This())->End();
  }

 private:
  bool IsDeflate() const { return mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw; }

  // deflateInit2/inflateInit2 with the window bits the mode calls for: +16
  // writes or reads a gzip wrapper, +32 detects zlib or gzip, negative
  // means raw (no wrapper).
  int Start() {
    int bits = window_bits_;
    if (mode_ == kGzip || mode_ == kGunzip) bits += 16;
    if (mode_ == kUnzip) bits += 32;
    if (mode_ == kDeflateRaw || mode_ == kInflateRaw) bits = -bits;
    std::memset(&strm_, 0, sizeof(strm_));
    int ret = Z_STREAM_ERROR;
    if (IsDeflate()) {
      ret = deflateInit2(&strm_, level_, Z_DEFLATED, bits, mem_level_, strategy_);
    } else if (mode_ != kNone) {
      ret = inflateInit2(&strm_, bits);
    }
    if (ret != Z_OK) return ret;
    started_ = true;
    if (!dictionary_.empty()) {
      // A deflater starts with its dictionary; a zlib inflater is given it
      // when the stream asks (Z_NEED_DICT); a raw inflater takes it now.
      if (IsDeflate()) {
        ret = deflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
      } else if (mode_ == kInflateRaw) {
        ret = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
      }
    }
    return ret;
  }

  int SetDictionaryAfterReset() {
    if (dictionary_.empty()) return Z_OK;
    if (IsDeflate()) return deflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
    if (mode_ == kInflateRaw) {
      return inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
    }
    return Z_OK;
  }

  // One write: as much as zlib does with this input and this output.
  int Step(int flush) {
    if (!started_) return Z_STREAM_ERROR;
    if (IsDeflate()) return deflate(&strm_, flush);
    int ret = inflate(&strm_, flush);
    if (ret == Z_NEED_DICT && !dictionary_.empty()) {
      ret = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
      if (ret == Z_OK)
        ret = inflate(&strm_, flush);
      else if (ret == Z_DATA_ERROR)
        strm_.msg = const_cast<char*>("Bad dictionary");
    } else if (ret == Z_NEED_DICT) {
      strm_.msg = const_cast<char*>("Missing dictionary");
    }
    // The next gzip member, if the input goes on with one.
    while ((mode_ == kGunzip || mode_ == kUnzip) && ret == Z_STREAM_END && strm_.avail_in > 0 &&
           strm_.next_in[0] == 0x1f) {
      inflateReset(&strm_);
      ret = inflate(&strm_, flush);
    }
    return ret;
  }

  void End() {
    if (!started_) return;
    if (IsDeflate()) {
      deflateEnd(&strm_);
    } else {
      inflateEnd(&strm_);
    }
    started_ = false;
  }

  Mode mode_;
  z_stream strm_{};
  bool started_ = false;
  int level_ = 0;
  int window_bits_ = 0;
  int mem_level_ = 0;
  int strategy_ = 0;
  std::vector<uint8_t> dictionary_;
  v8::Global<v8::Uint32Array> result_;  ///< [avail_out, avail_in] after each write
};

void InitializeZlibStream(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("ZlibStream", ZlibStream::New);
  realm.SetProtoMethod(klass, "init", ZlibStream::Init);
  realm.SetProtoMethod(klass, "writeSync", ZlibStream::WriteSync);
  realm.SetProtoMethod(klass, "message", ZlibStream::Message);
  realm.SetProtoMethod(klass, "params", ZlibStream::Params);
  realm.SetProtoMethod(klass, "reset", ZlibStream::Reset);
  realm.SetProtoMethod(klass, "close", ZlibStream::Close);
  exports
      ->Set(realm.context(), realm.Name("ZlibStream"),
            klass->GetFunction(realm.context()).ToLocalChecked())
      .Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(zlib_stream, modules::InitializeZlibStream);
}  // namespace bindings
