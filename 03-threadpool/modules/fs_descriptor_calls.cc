#include <algorithm>

#include "engine.h"
#include "modules/fs_calls.h"
#include "modules/fs_module.h"
#include "node_errors.h"

namespace pool {
namespace {

/// A job that has nothing to wait for: its outcome is ready (a second
/// FileHandle.close()).
class AlreadyDoneJob : public Job {
 public:
  void Run() override {}
  Outcome Finish(v8::Local<v8::Context>) override { return Outcome::Success(); }
  std::string Describe() const override { return "nothing to do"; }
  bool NeedsPool() const override { return false; }
};

// The callback fs.close() uses when given none: an error is thrown, uncaught.
void ThrowIfError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsNullOrUndefined()) info.GetIsolate()->ThrowException(info[0]);
}

// options.offset, .length and .position, read in that order (as Node
// destructures them) into the three values.
bool GetOffsetLengthPosition(v8::Local<v8::Context> context, v8::Local<v8::Value> options,
                             v8::Local<v8::Value>* offset, v8::Local<v8::Value>* length,
                             v8::Local<v8::Value>* position) {
  return GetMember(context, options, "offset", offset) &&
         GetMember(context, options, "length", length) &&
         GetMember(context, options, "position", position);
}

// Where in the buffer to start: `offset`, an integer >= 0, or 0 when null or
// undefined.
bool ValidateOffset(v8::Isolate* isolate, v8::Local<v8::Value> offset, int64_t* start) {
  *start = 0;
  return offset->IsNullOrUndefined() ||
         ValidateInteger(isolate, offset, "offset", 0, 9007199254740991, start);
}

// The arguments of fs.read(fd, ...) from `first` on (FileHandle.read: from
// 0), in all of Node's shapes:
//   (buffer, offset, length, position)   (buffer[, options])   ([options])
// where options is { buffer, offset, length, position }.
std::unique_ptr<Job> ParseRead(PoolCall& call, int first, int fd) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> buffer = call[first], offset = call[first + 1];
  v8::Local<v8::Value> length = call[first + 2], position = call[first + 3];
  int given = call.count() - first;  // Node tells the shapes apart by arguments.length
  if (!buffer->IsArrayBufferView() && given <= 1) {  // ([options]): all from there
    v8::Local<v8::Value> options = buffer;
    if (!GetMember(context, options, "buffer", &buffer) ||
        !GetOffsetLengthPosition(context, options, &offset, &length, &position)) {
      return nullptr;
    }
    if (buffer->IsUndefined()) {
      v8::Local<v8::ArrayBuffer> memory = v8::ArrayBuffer::New(isolate, kDefaultReadBufferSize);
      buffer = NewByteArray(memory, 0, kDefaultReadBufferSize);  // Node: Buffer.alloc(16384)
    }
  } else if (buffer->IsArrayBufferView() && given <= 2 &&
             offset->IsObject()) {  // (buffer, options)
    if (!GetOffsetLengthPosition(context, offset, &offset, &length, &position)) return nullptr;
  }
  if (!buffer->IsArrayBufferView()) {
    errors::Throw(isolate, errors::InvalidArgType(
                               isolate, "buffer",
                               "be an instance of Buffer, TypedArray, or DataView", buffer));
    return nullptr;
  }
  int64_t byte_length = buffer.As<v8::ArrayBufferView>()->ByteLength();

  int64_t start;
  if (!ValidateOffset(isolate, offset, &start)) return nullptr;
  int64_t count = length->IsUndefined() ? byte_length - start
                                        : length->Int32Value(context).FromMaybe(0);  // length |= 0
  if (count != 0 && byte_length == 0) {
    errors::Throw(isolate, errors::InvalidArgValue(isolate, "buffer",
                                                   "is empty and cannot be written", buffer));
    return nullptr;
  }
  if (count < 0 || start + count > byte_length) {
    std::string range = count < 0 ? ">= 0" : "<= " + std::to_string(byte_length - start);
    errors::Throw(isolate, errors::OutOfRange(isolate, "length", range,
                                              errors::ReceivedNumber(context, length)));
    return nullptr;
  }
  int64_t at = -1;
  if (!position->IsNullOrUndefined()) {
    if (position->IsBigInt()) {
      at = position.As<v8::BigInt>()->Int64Value();
    } else if (!position->IsNumber()) {
      errors::Throw(isolate, errors::InvalidArgType(isolate, "position",
                                                    "be of type bigint or integer", position));
      return nullptr;
    } else if (!ValidateInteger(isolate, position, "position", -1, 9007199254740991, &at)) {
      return nullptr;
    }
  }
  BytesView target = BytesView::FromView(buffer.As<v8::ArrayBufferView>()).Slice(start, count);
  return std::make_unique<ReadWriteJob>(ReadWriteJob::Direction::kRead, fd, std::move(target), at,
                                        isolate, buffer);
}

// The arguments of fs.write(fd, ...) from `first` on, in Node's shapes:
//   (buffer[, offset[, length[, position]]])   (buffer, options)
//   (string[, position[, encoding]])
std::unique_ptr<Job> ParseWrite(PoolCall& call, int first, int fd) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> buffer = call[first];
  int64_t at = -1;
  BytesView source;
  if (buffer->IsArrayBufferView()) {
    v8::Local<v8::Value> offset = call[first + 1], length = call[first + 2];
    v8::Local<v8::Value> position = call[first + 3];
    if (offset->IsObject() &&  // (buffer, options)
        !GetOffsetLengthPosition(context, offset, &offset, &length, &position)) {
      return nullptr;
    }
    int64_t byte_length = buffer.As<v8::ArrayBufferView>()->ByteLength();
    int64_t start;
    if (!ValidateOffset(isolate, offset, &start)) return nullptr;
    int64_t count = length->IsNumber() ? static_cast<int64_t>(length.As<v8::Number>()->Value())
                                       : byte_length - start;
    if (start > byte_length) {
      errors::Throw(isolate,
                    errors::OutOfRange(isolate, "offset", "<= " + std::to_string(byte_length),
                                       errors::ReceivedNumber(context, offset)));
      return nullptr;
    }
    if (count > byte_length - start || count < 0) {
      std::string range = count < 0 ? ">= 0" : "<= " + std::to_string(byte_length - start);
      errors::Throw(isolate,
                    errors::OutOfRange(isolate, "length", range,
                                       length->IsNumber() ? errors::ReceivedNumber(context, length)
                                                          : std::to_string(count)));
      return nullptr;
    }
    if (position->IsNumber()) at = static_cast<int64_t>(position.As<v8::Number>()->Value());
    source = BytesView::FromView(buffer.As<v8::ArrayBufferView>()).Slice(start, count);
  } else if (buffer->IsString()) {
    v8::Local<v8::Value> position = call[first + 1], encoding_value = call[first + 2];
    std::optional<Encoding> encoding;
    if (!encoding_value->IsString()) encoding_value = v8::Undefined(isolate);
    if (!ValidateEncoding(isolate, encoding_value, &encoding)) return nullptr;
    if (position->IsNumber()) at = static_cast<int64_t>(position.As<v8::Number>()->Value());
    source =
        BytesView::FromString(isolate, buffer.As<v8::String>(), encoding.value_or(Encoding::kUtf8));
  } else {
    errors::Throw(
        isolate,
        errors::InvalidArgType(
            isolate, "buffer",
            "be of type string or an instance of Buffer, TypedArray, or DataView", buffer));
    return nullptr;
  }
  return std::make_unique<ReadWriteJob>(ReadWriteJob::Direction::kWrite, fd, std::move(source), at,
                                        isolate, buffer);
}

}  // namespace

// fs.fstat(fd[, options], callback)
std::unique_ptr<Job> MakeFstat(PoolCall& call) {
  return ParseStat(call, StatJob::Kind::kFstat, nullptr);
}

// fs.close(fd[, callback])
std::unique_ptr<Job> MakeClose(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.isolate(), call[0], &fd)) return nullptr;
  if (call.form() == Form::kCallback && call[1]->IsUndefined()) {
    call.SetDefaultCallback(v8::Function::New(call.context(), ThrowIfError).ToLocalChecked());
  } else if (!call.TakeCallback(1, 1)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kClose, "", "", fd);
}

// fs.read(fd, ..., callback)
std::unique_ptr<Job> MakeRead(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.isolate(), call[0], &fd)) return nullptr;
  // Node picks the callback by arguments.length: (fd, cb), (fd, buffer, cb),
  // (fd, buffer, options, cb), or the full six.
  int given = call.count();
  if (!call.TakeCallback(1, given <= 4 ? std::max(given - 1, 1) : 5)) return nullptr;
  return ParseRead(call, 1, fd);
}

// fs.write(fd, ..., callback)
std::unique_ptr<Job> MakeWrite(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.isolate(), call[0], &fd)) return nullptr;
  v8::Local<v8::Value> buffer = call[1];
  if (!buffer->IsArrayBufferView() && !buffer->IsString()) {
    return ParseWrite(call, 1, fd);  // which throws Node's error for it
  }
  if (call.form() == Form::kCallback && buffer->IsString() && !call[2]->IsFunction() &&
      !call[3]->IsFunction() && !call[4]->IsFunction()) {
    // (fd, string, position, encoding, callback): without a function, Node
    // ends up naming the third argument after the string.
    ValidateFunction(call.isolate(), call[3], "cb");
    return nullptr;
  }
  // Node's callback is `callback || position || length || offset`.
  if (!call.TakeCallback(2, 5, "cb", true)) return nullptr;
  return ParseWrite(call, 1, fd);
}

// ---- FileHandle methods (promise form; `this` is the FileHandle) ----

std::unique_ptr<Job> MakeHandleRead(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "read", &fd)) return nullptr;
  return ParseRead(call, 0, fd);
}

std::unique_ptr<Job> MakeHandleWrite(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "write", &fd)) return nullptr;
  return ParseWrite(call, 0, fd);
}

std::unique_ptr<Job> MakeHandleStat(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "fstat", &fd)) return nullptr;
  return ParseStat(call, StatJob::Kind::kFstat, &fd);
}

std::unique_ptr<Job> MakeHandleReadFile(PoolCall& call) {
  FileTarget file;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "read", &file.fd)) return nullptr;
  return ParseReadFile(call, &file);
}

std::unique_ptr<Job> MakeHandleWriteFile(PoolCall& call) {
  FileTarget file;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "write", &file.fd)) return nullptr;
  return ParseWriteFile(call, kWriteFlags, "writeFile", &file);
}

std::unique_ptr<Job> MakeHandleClose(PoolCall& call) {
  FileHandles& handles = Fs(call).handles();
  int fd;
  if (!handles.FdOf(call.context(), call.receiver(), nullptr, &fd)) return nullptr;
  if (fd < 0) return std::make_unique<AlreadyDoneJob>();  // closed already: nothing to do
  handles.MarkClosed(call.receiver());
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kClose, "", "", fd);
}

}  // namespace pool
