#include "modules/zlib_module.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

#include "engine.h"
#include "node_errors.h"
#include "support/bytes.h"
#include "support/validate.h"

namespace pool {
namespace {

/// The seven convenience functions: one zlib stream each, told apart by the
/// direction and the `windowBits` zlib is given (which selects the format).
enum class Format { kGzip, kGunzip, kDeflate, kInflate, kDeflateRaw, kInflateRaw, kUnzip };

struct FormatInfo {
  const char* name;
  bool compress;
  int window_bits;  ///< 15 = 32 KiB window; +16 gzip, negative raw, +32 detect
};

const FormatInfo& Info(Format format) {
  static const FormatInfo kInfo[] = {
      {"gzip", true, 15 + 16},   {"gunzip", false, 15 + 16}, {"deflate", true, 15},
      {"inflate", false, 15},    {"deflateRaw", true, -15},  {"inflateRaw", false, -15},
      {"unzip", false, 15 + 32},
  };
  return kInfo[static_cast<int>(format)];
}

/// Node's names for zlib's return codes.
const char* CodeName(int code) {
  switch (code) {
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
    default:
      return "Z_UNKNOWN";
  }
}

class ZlibJob : public Job {
 public:
  ZlibJob(Format format, BytesView input, int level)
      : format_(format), input_(std::move(input)), level_(level) {}

  void Run() override {
    const FormatInfo& info = Info(format_);
    z_stream stream = {};
    int status = info.compress ? deflateInit2(&stream, level_, Z_DEFLATED, info.window_bits, 8,
                                              Z_DEFAULT_STRATEGY)
                               : inflateInit2(&stream, info.window_bits);
    if (status != Z_OK) {
      Fail(status, nullptr);
      return;
    }
    stream.next_in = input_.data();
    stream.avail_in = static_cast<uInt>(input_.size());
    if (info.compress) {
      Compress(stream);
      deflateEnd(&stream);
    } else {
      Decompress(stream);
      inflateEnd(&stream);
    }
  }

  Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (error_code_ == 0) return Outcome::Success(output_.ToUint8Array(isolate));
    v8::Local<v8::Object> error =
        v8::Exception::Error(engine::ToV8String(isolate, error_message_)).As<v8::Object>();
    error
        ->CreateDataProperty(context, engine::ToV8String(isolate, "errno"),
                             v8::Integer::New(isolate, error_code_))
        .Check();
    error
        ->CreateDataProperty(context, engine::ToV8String(isolate, "code"),
                             engine::ToV8String(isolate, CodeName(error_code_)))
        .Check();
    return Outcome::Failure(error);
  }

  std::string Describe() const override {
    return std::string(Info(format_).name) + " " + std::to_string(input_.size()) + " bytes";
  }

 private:
  /// Makes room for at least `wanted` more bytes of output.
  bool Reserve(z_stream& stream, size_t wanted) {
    size_t used = output_.size() - stream.avail_out;
    if (stream.avail_out >= wanted) return true;
    size_t capacity = std::max(output_.size() * 2, used + wanted);
    if (!output_.Resize(capacity)) {
      Fail(Z_MEM_ERROR, nullptr);
      return false;
    }
    stream.next_out = output_.data() + used;
    stream.avail_out = static_cast<uInt>(std::min<size_t>(capacity - used, UINT32_MAX));
    return true;
  }

  void Compress(z_stream& stream) {
    int status = Z_OK;
    while (status != Z_STREAM_END) {
      if (!Reserve(stream, deflateBound(&stream, stream.avail_in) + 64)) return;
      status = deflate(&stream, Z_FINISH);
      if (status == Z_STREAM_ERROR) {
        Fail(status, stream.msg);
        return;
      }
    }
    output_.Resize(output_.size() - stream.avail_out);
  }

  void Decompress(z_stream& stream) {
    for (;;) {
      if (!Reserve(stream, std::max<size_t>(stream.avail_in * 2, 16 * 1024))) return;
      int status = inflate(&stream, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        // More bytes after a gzip member: another member, or padding. Zero
        // bytes are padding; anything else must be a member (Node's rule).
        if (format_ == Format::kGunzip && stream.avail_in > 0 && stream.next_in[0] != 0) {
          inflateReset(&stream);
          continue;
        }
        break;
      }
      if (status == Z_BUF_ERROR && stream.avail_in == 0) {
        Fail(Z_BUF_ERROR, "unexpected end of file");
        return;
      }
      if (status != Z_OK && status != Z_BUF_ERROR) {
        Fail(status, stream.msg);
        return;
      }
      if (stream.avail_in == 0 && stream.avail_out > 0) {
        Fail(Z_BUF_ERROR, "unexpected end of file");  // input ended inside the stream
        return;
      }
    }
    // (Not stream.total_out: inflateReset() starts that again for each member.)
    output_.Resize(output_.size() - stream.avail_out);
  }

  void Fail(int code, const char* message) {
    error_code_ = code;
    error_message_ = message != nullptr ? message : zError(code);
  }

  Format format_;
  BytesView input_;
  int level_;
  Bytes output_;
  int error_code_ = 0;
  std::string error_message_;
};

// The input of a convenience function: a string (UTF-8), a view or an
// ArrayBuffer. Node names it `chunk` in the callback form, `buffer` in the
// synchronous one.
bool GetInput(PoolCall& call, v8::Local<v8::Value> value, BytesView* out) {
  v8::Isolate* isolate = call.isolate();
  if (value->IsString()) {
    *out = BytesView::FromString(isolate, value.As<v8::String>(), Encoding::kUtf8);
  } else if (value->IsArrayBufferView()) {
    *out = BytesView::FromView(value.As<v8::ArrayBufferView>());
  } else if (value->IsArrayBuffer()) {
    *out = BytesView::FromArrayBuffer(value.As<v8::ArrayBuffer>());
  } else if (call.form() == Form::kSync) {
    return errors::Throw(
        isolate, errors::InvalidArgType(call.isolate(), "buffer",
                                        "be of type string or an instance of Buffer, TypedArray, "
                                        "DataView, or ArrayBuffer",
                                        value));
  } else {
    return errors::Throw(
        isolate, errors::InvalidArgType(call.isolate(), "chunk",
                                        "be of type string or an instance of Buffer, TypedArray, "
                                        "or DataView",
                                        value));
  }
  return true;
}

// options.level: -1 (zlib's default, 6) to 9.
bool GetLevel(PoolCall& call, v8::Local<v8::Value> options, int* level) {
  *level = Z_DEFAULT_COMPRESSION;
  if (!options->IsObject()) return true;
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> value;
  if (!options.As<v8::Object>()
           ->Get(context, engine::ToV8String(isolate, "level"))
           .ToLocal(&value)) {
    return false;
  }
  if (value->IsUndefined()) return true;
  if (!value->IsNumber()) {
    return errors::Throw(
        isolate, errors::InvalidArgType(isolate, "options.level", "be of type number", value));
  }
  double number = value.As<v8::Number>()->Value();
  if (!(number >= -1 && number <= 9)) {
    return errors::Throw(isolate, errors::OutOfRange(isolate, "options.level", ">= -1 and <= 9",
                                                     errors::ReceivedNumber(context, value)));
  }
  *level = static_cast<int>(number);
  return true;
}

// zlib.gzip(data[, options], callback) and the others; Sync: (data[, options])
template <Format format>
std::unique_ptr<Job> MakeZlib(PoolCall& call) {
  int level;
  BytesView input;
  if (!GetLevel(call, call[1], &level) || !call.TakeCallback(1, 2, "callback") ||
      !GetInput(call, call[0], &input)) {
    return nullptr;
  }
  return std::make_unique<ZlibJob>(format, std::move(input), level);
}

}  // namespace

v8::Local<v8::Object> ZlibModule::CreateExports(v8::Local<v8::Context> context) {
  v8::Local<v8::Object> zlib = v8::Object::New(context->GetIsolate());
  struct Function {
    Format format;
    JobMaker make_job;
  };
  static const Function kFunctions[] = {
      {Format::kGzip, MakeZlib<Format::kGzip>},
      {Format::kGunzip, MakeZlib<Format::kGunzip>},
      {Format::kDeflate, MakeZlib<Format::kDeflate>},
      {Format::kInflate, MakeZlib<Format::kInflate>},
      {Format::kDeflateRaw, MakeZlib<Format::kDeflateRaw>},
      {Format::kInflateRaw, MakeZlib<Format::kInflateRaw>},
      {Format::kUnzip, MakeZlib<Format::kUnzip>},
  };
  for (const Function& function : kFunctions) {
    std::string name = Info(function.format).name;
    SetPoolMethod(context, zlib, name.c_str(), Form::kCallback, function.make_job);
    SetPoolMethod(context, zlib, (name + "Sync").c_str(), Form::kSync, function.make_job);
  }
  return zlib;
}

}  // namespace pool
