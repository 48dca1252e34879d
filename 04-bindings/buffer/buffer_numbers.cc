// Numbers in Buffers: readUInt32LE, writeInt16BE, readDoubleLE,
// readBigUInt64LE and the rest, with Node's checks and messages (see
// buffer.h). Node writes these in JavaScript (lib/internal/buffer.js); here
// each is a native, and all of them share the few functions below.
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "buffer/buffer.h"
#include "engine.h"
#include "node_errors.h"

namespace bindings {
namespace {

enum class Order { kLittleEndian, kBigEndian };

// ---- Node's checks ----

// Node's boundsError: `value` is not a usable position for a value that
// would end beyond `last_start` (length - width).
bool BoundsError(v8::Isolate* isolate, v8::Local<v8::Value> value, double last_start,
                 const char* name = nullptr) {
  const char* what = name != nullptr ? name : "offset";
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, what, "be of type number", value));
  double number = value.As<v8::Number>()->Value();
  if (std::floor(number) != number) {
    return errors::Throw(isolate, errors::OutOfRange(isolate, what, "an integer",
                                                     errors::ReceivedNumber(context, value)));
  }
  if (last_start < 0) return errors::Throw(isolate, BufferOutOfBounds(isolate));
  return errors::Throw(
      isolate, errors::OutOfRange(isolate, what,
                                  std::string(">= ") + (name != nullptr ? "1" : "0") + " and <= " +
                                      engine::ToUtf8(isolate, v8::Number::New(isolate, last_start)),
                                  errors::ReceivedNumber(context, value)));
}

// The position of a `width`-byte value: a number (validateNumber), then an
// integer in [0, size - width].
bool CheckOffset(v8::Isolate* isolate, v8::Local<v8::Value> value, size_t width, size_t size,
                 size_t* out) {
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, "offset", "be of type number", value));
  double offset = value.As<v8::Number>()->Value();
  if (std::trunc(offset) == offset && offset >= 0 &&
      offset + static_cast<double>(width) <= static_cast<double>(size)) {
    *out = static_cast<size_t>(offset);
    return true;
  }
  return BoundsError(isolate, value, static_cast<double>(size) - static_cast<double>(width));
}

// readUIntLE(offset, byteLength) and friends: byteLength must be exactly
// 1 to 6.
bool CheckByteLength(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out) {
  if (value->IsNumber()) {
    double n = value.As<v8::Number>()->Value();
    if (n >= 1 && n <= 6 && std::trunc(n) == n) {
      *out = static_cast<int>(n);
      return true;
    }
  }
  return BoundsError(isolate, value, 6, "byteLength");
}

// The range of a `width`-byte integer, in Node's words: "<= 255" up to four
// bytes, "< 2 ** 40" above.
std::string RangeText(int width, bool is_signed, double min, double max) {
  if (width <= 4) {
    auto text = [](double n) { return std::to_string(static_cast<int64_t>(n)); };
    return ">= " + text(min) + " and <= " + text(max);
  }
  std::string bits = std::to_string(is_signed ? width * 8 - 1 : width * 8);
  if (!is_signed) return ">= 0 and < 2 ** " + bits;
  return ">= -(2 ** " + bits + ") and < 2 ** " + bits;
}

// ---- Conversions, as JavaScript does them ----

// ToUint32: truncated, modulo 2^32; NaN and the infinities are 0.
uint32_t ToUint32(double number) {
  if (!std::isfinite(number)) return 0;
  double wrapped = std::fmod(std::trunc(number), 4294967296.0);
  return static_cast<uint32_t>(wrapped < 0 ? wrapped + 4294967296.0 : wrapped);
}

// A double to float32 as Float32Array stores it: nearest, with values
// beyond the float range becoming an infinity (a plain C++ cast of those is
// undefined behaviour).
float ToFloat32(double number) {
  const double kRoundsToInfinity = 3.4028235677973366e38;  // FLT_MAX plus half a unit
  if (number >= kRoundsToInfinity) return INFINITY;
  if (number <= -kRoundsToInfinity) return -INFINITY;
  if (number > FLT_MAX) return FLT_MAX;
  if (number < -FLT_MAX) return -FLT_MAX;
  return static_cast<float>(number);
}

uint64_t Load(const uint8_t* data, int width, Order order) {
  uint64_t value = 0;
  for (int i = 0; i < width; i++) {
    int index = order == Order::kLittleEndian ? width - 1 - i : i;
    value = value << 8 | data[index];
  }
  return value;
}

void Store(uint8_t* data, int width, Order order, uint64_t value) {
  for (int i = 0; i < width; i++) {
    int index = order == Order::kLittleEndian ? i : width - 1 - i;
    data[index] = static_cast<uint8_t>(value >> (8 * i));
  }
}

// ---- The shared bodies ----

void ReadInteger(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Value> offset_value,
                 int width, bool is_signed, Order order) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  size_t offset;
  if (!ThisBytes(info, &array, &bytes) ||
      !CheckOffset(info.GetIsolate(), offset_value, width, bytes.size, &offset)) {
    return;
  }
  uint64_t raw = Load(bytes.data + offset, width, order);
  if (is_signed && width < 8 && (raw >> (width * 8 - 1)) & 1) {
    raw |= ~uint64_t{0} << (width * 8);  // sign-extend
  }
  info.GetReturnValue().Set(is_signed ? static_cast<double>(static_cast<int64_t>(raw))
                                      : static_cast<double>(raw));
}

void WriteInteger(const v8::FunctionCallbackInfo<v8::Value>& info,
                  v8::Local<v8::Value> offset_value, int width, bool is_signed, Order order) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  double value;
  if (!info[0]->NumberValue(context).To(&value)) return;  // `value = +value`
  const double bits = width * 8;
  const double min = is_signed ? -std::pow(2.0, bits - 1) : 0;
  const double max = is_signed ? std::pow(2.0, bits - 1) - 1 : std::pow(2.0, bits) - 1;
  // One byte checks the offset's type first; wider values check the range first.
  if (width == 1 && !offset_value->IsNumber()) {
    errors::Throw(isolate,
                  errors::InvalidArgType(isolate, "offset", "be of type number", offset_value));
    return;
  }
  if (value > max || value < min) {
    errors::Throw(isolate, errors::OutOfRange(
                               isolate, "value", RangeText(width, is_signed, min, max),
                               errors::ReceivedNumber(context, v8::Number::New(isolate, value))));
    return;
  }
  size_t offset;
  if (!CheckOffset(isolate, offset_value, width, bytes.size, &offset)) return;
  // The low 32 bits as `value >>> 0` has them; above, Node's
  // Math.floor(value * 2 ** -32) (which is not always the same as
  // truncating: -0.5 writes its upper bytes as ff).
  uint64_t raw = ToUint32(value);
  if (width > 4) raw |= static_cast<uint64_t>(ToUint32(std::floor(value * 0x1p-32)) & 0xffff) << 32;
  Store(bytes.data + offset, width, order, raw);
  info.GetReturnValue().Set(static_cast<double>(offset + width));
}

v8::Local<v8::Value> OffsetOrZero(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  if (info[index]->IsUndefined()) return v8::Integer::New(info.GetIsolate(), 0);
  return info[index];
}

// ---- The natives ----

template <int kWidth, bool kSigned, Order kOrder>
void ReadFixed(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ReadInteger(info, OffsetOrZero(info, 0), kWidth, kSigned, kOrder);
}

template <bool kSigned, Order kOrder>
void ReadVariable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int width;
  if (info[0]->IsUndefined()) {
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "offset",
                                                            "be of type number", info[0]));
    return;
  }
  if (!CheckByteLength(info.GetIsolate(), info[1], &width)) return;
  ReadInteger(info, info[0], width, kSigned, kOrder);
}

template <int kWidth, bool kSigned, Order kOrder>
void WriteFixed(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WriteInteger(info, OffsetOrZero(info, 1), kWidth, kSigned, kOrder);
}

template <bool kSigned, Order kOrder>
void WriteVariable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int width;
  if (!CheckByteLength(info.GetIsolate(), info[2], &width)) return;
  WriteInteger(info, info[1], width, kSigned, kOrder);
}

template <typename Float, Order kOrder>
void ReadFloat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  size_t offset;
  if (!ThisBytes(info, &array, &bytes) ||
      !CheckOffset(info.GetIsolate(), OffsetOrZero(info, 0), sizeof(Float), bytes.size, &offset)) {
    return;
  }
  using Bits = std::conditional_t<sizeof(Float) == 4, uint32_t, uint64_t>;
  Bits bits = static_cast<Bits>(Load(bytes.data + offset, sizeof(Float), kOrder));
  Float value;
  std::memcpy(&value, &bits, sizeof value);
  info.GetReturnValue().Set(static_cast<double>(value));
}

template <typename Float, Order kOrder>
void WriteFloat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  double value;
  size_t offset;
  if (!ThisBytes(info, &array, &bytes) ||
      !info[0]->NumberValue(isolate->GetCurrentContext()).To(&value) ||
      !CheckOffset(isolate, OffsetOrZero(info, 1), sizeof(Float), bytes.size, &offset)) {
    return;
  }
  using Bits = std::conditional_t<sizeof(Float) == 4, uint32_t, uint64_t>;
  Float stored;
  if constexpr (sizeof(Float) == 4) {
    stored = ToFloat32(value);
  } else {
    stored = value;
  }
  Bits bits;
  std::memcpy(&bits, &stored, sizeof bits);
  Store(bytes.data + offset, sizeof(Float), kOrder, bits);
  info.GetReturnValue().Set(static_cast<double>(offset + sizeof(Float)));
}

template <bool kSigned, Order kOrder>
void ReadBigInt64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  size_t offset;
  if (!ThisBytes(info, &array, &bytes) ||
      !CheckOffset(info.GetIsolate(), OffsetOrZero(info, 0), 8, bytes.size, &offset)) {
    return;
  }
  uint64_t raw = Load(bytes.data + offset, 8, kOrder);
  info.GetReturnValue().Set(kSigned ? v8::BigInt::New(info.GetIsolate(), static_cast<int64_t>(raw))
                                    : v8::BigInt::NewFromUnsigned(info.GetIsolate(), raw));
}

template <bool kSigned, Order kOrder>
void WriteBigInt64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  v8::Local<v8::Value> value = info[0];
  const std::string range = kSigned ? ">= -(2n ** 63n) and < 2n ** 63n" : ">= 0n and < 2n ** 64n";
  uint64_t raw = 0;
  bool in_range = true;
  if (value->IsBigInt()) {
    bool lossless = true;
    raw = kSigned ? static_cast<uint64_t>(value.As<v8::BigInt>()->Int64Value(&lossless))
                  : value.As<v8::BigInt>()->Uint64Value(&lossless);
    in_range = lossless;
  } else if (value->IsNumber()) {
    double n = value.As<v8::Number>()->Value();
    in_range = kSigned ? !(n < -9223372036854775808.0 || n >= 9223372036854775808.0)
                       : !(n < 0 || n >= 18446744073709551616.0);
  }
  if (!in_range) {
    std::string received;
    if (value->IsBigInt()) {
      // Beyond 64 bits is beyond 2^32: Node groups the digits.
      std::string digits = engine::ToUtf8(isolate, value);
      size_t first = digits[0] == '-' ? 1 : 0;
      std::string grouped;
      for (size_t i = first; i < digits.size(); i++) {
        if (i > first && (digits.size() - i) % 3 == 0) grouped += '_';
        grouped += digits[i];
      }
      received = digits.substr(0, first) + grouped + "n";
    } else {
      received = errors::ReceivedNumber(context, value);
    }
    errors::Throw(isolate, errors::OutOfRange(isolate, "value", range, received));
    return;
  }
  size_t offset;
  if (!CheckOffset(isolate, OffsetOrZero(info, 1), 8, bytes.size, &offset)) return;
  if (!value->IsBigInt()) {
    isolate->ThrowException(v8::Exception::TypeError(engine::ToV8String(
        isolate, "Cannot mix BigInt and other types, use explicit conversions")));
    return;
  }
  Store(bytes.data + offset, 8, kOrder, raw);
  info.GetReturnValue().Set(static_cast<double>(offset + 8));
}

constexpr Order kLE = Order::kLittleEndian;
constexpr Order kBE = Order::kBigEndian;

// Defines `name` on the prototype, as a function called `function_name`
// (by default `name`). Node's aliases share one function, and its name.
void Define(Realm& realm, v8::Local<v8::Object> prototype, const char* name,
            v8::FunctionCallback callback, int length, const char* function_name = nullptr) {
  v8::Local<v8::Function> function =
      realm.NewFunction(function_name != nullptr ? function_name : name, callback, length);
  prototype->CreateDataProperty(realm.context(), realm.Name(name), function).Check();
}

}  // namespace

void AddBigIntAccessors(Realm& realm, v8::Local<v8::Object> p) {
  v8::Local<v8::Context> context = realm.context();
  auto alias = [&](const char* alias, const char* name) {
    p->CreateDataProperty(context, realm.Name(alias),
                          p->Get(context, realm.Name(name)).ToLocalChecked())
        .Check();
  };
  Define(realm, p, "readBigUInt64LE", ReadBigInt64<false, kLE>, 0);
  Define(realm, p, "readBigUInt64BE", ReadBigInt64<false, kBE>, 0);
  alias("readBigUint64LE", "readBigUInt64LE");
  alias("readBigUint64BE", "readBigUInt64BE");
  Define(realm, p, "readBigInt64LE", ReadBigInt64<true, kLE>, 0);
  Define(realm, p, "readBigInt64BE", ReadBigInt64<true, kBE>, 0);
  Define(realm, p, "writeBigUInt64LE", WriteBigInt64<false, kLE>, 1);
  Define(realm, p, "writeBigUInt64BE", WriteBigInt64<false, kBE>, 1);
  alias("writeBigUint64LE", "writeBigUInt64LE");
  alias("writeBigUint64BE", "writeBigUInt64BE");
  Define(realm, p, "writeBigInt64LE", WriteBigInt64<true, kLE>, 1);
  Define(realm, p, "writeBigInt64BE", WriteBigInt64<true, kBE>, 1);
}

void AddNumberAccessors(Realm& realm, v8::Local<v8::Object> p) {
  v8::Local<v8::Context> context = realm.context();
  // Node defines the unsigned readers, then their `Uint` aliases, then the
  // signed ones; the same for the writers.
  const char* readers[][2] = {{"readUIntLE", "readUintLE"},     {"readUInt32LE", "readUint32LE"},
                              {"readUInt16LE", "readUint16LE"}, {"readUInt8", "readUint8"},
                              {"readUIntBE", "readUintBE"},     {"readUInt32BE", "readUint32BE"},
                              {"readUInt16BE", "readUint16BE"}};
  Define(realm, p, "readUIntLE", ReadVariable<false, kLE>, 2);
  Define(realm, p, "readUInt32LE", ReadFixed<4, false, kLE>, 0);
  Define(realm, p, "readUInt16LE", ReadFixed<2, false, kLE>, 0);
  Define(realm, p, "readUInt8", ReadFixed<1, false, kLE>, 0);
  Define(realm, p, "readUIntBE", ReadVariable<false, kBE>, 2);
  Define(realm, p, "readUInt32BE", ReadFixed<4, false, kBE>, 0);
  Define(realm, p, "readUInt16BE", ReadFixed<2, false, kBE>, 0);
  for (auto& [name, alias] : readers) {
    p->CreateDataProperty(context, realm.Name(alias),
                          p->Get(context, realm.Name(name)).ToLocalChecked())
        .Check();
  }
  Define(realm, p, "readIntLE", ReadVariable<true, kLE>, 2);
  Define(realm, p, "readInt32LE", ReadFixed<4, true, kLE>, 0);
  Define(realm, p, "readInt16LE", ReadFixed<2, true, kLE>, 0);
  Define(realm, p, "readInt8", ReadFixed<1, true, kLE>, 0);
  Define(realm, p, "readIntBE", ReadVariable<true, kBE>, 2);
  Define(realm, p, "readInt32BE", ReadFixed<4, true, kBE>, 0);
  Define(realm, p, "readInt16BE", ReadFixed<2, true, kBE>, 0);

  const char* writers[][2] = {
      {"writeUIntLE", "writeUintLE"},     {"writeUInt32LE", "writeUint32LE"},
      {"writeUInt16LE", "writeUint16LE"}, {"writeUInt8", "writeUint8"},
      {"writeUIntBE", "writeUintBE"},     {"writeUInt32BE", "writeUint32BE"},
      {"writeUInt16BE", "writeUint16BE"}};
  Define(realm, p, "writeUIntLE", WriteVariable<false, kLE>, 3);
  Define(realm, p, "writeUInt32LE", WriteFixed<4, false, kLE>, 1);
  Define(realm, p, "writeUInt16LE", WriteFixed<2, false, kLE>, 1);
  Define(realm, p, "writeUInt8", WriteFixed<1, false, kLE>, 1);
  Define(realm, p, "writeUIntBE", WriteVariable<false, kBE>, 3);
  Define(realm, p, "writeUInt32BE", WriteFixed<4, false, kBE>, 1);
  Define(realm, p, "writeUInt16BE", WriteFixed<2, false, kBE>, 1);
  for (auto& [name, alias] : writers) {
    p->CreateDataProperty(context, realm.Name(alias),
                          p->Get(context, realm.Name(name)).ToLocalChecked())
        .Check();
  }
  Define(realm, p, "writeIntLE", WriteVariable<true, kLE>, 3);
  Define(realm, p, "writeInt32LE", WriteFixed<4, true, kLE>, 1);
  Define(realm, p, "writeInt16LE", WriteFixed<2, true, kLE>, 1);
  Define(realm, p, "writeInt8", WriteFixed<1, true, kLE>, 1);
  Define(realm, p, "writeIntBE", WriteVariable<true, kBE>, 3);
  Define(realm, p, "writeInt32BE", WriteFixed<4, true, kBE>, 1);
  Define(realm, p, "writeInt16BE", WriteFixed<2, true, kBE>, 1);

  // On a little-endian machine Node's LE float functions are its
  // "Forwards" ones, and keep that name.
  Define(realm, p, "readFloatLE", ReadFloat<float, kLE>, 0, "readFloatForwards");
  Define(realm, p, "readFloatBE", ReadFloat<float, kBE>, 0, "readFloatBackwards");
  Define(realm, p, "readDoubleLE", ReadFloat<double, kLE>, 0, "readDoubleForwards");
  Define(realm, p, "readDoubleBE", ReadFloat<double, kBE>, 0, "readDoubleBackwards");
  Define(realm, p, "writeFloatLE", WriteFloat<float, kLE>, 1, "writeFloatForwards");
  Define(realm, p, "writeFloatBE", WriteFloat<float, kBE>, 1, "writeFloatBackwards");
  Define(realm, p, "writeDoubleLE", WriteFloat<double, kLE>, 1, "writeDoubleForwards");
  Define(realm, p, "writeDoubleBE", WriteFloat<double, kBE>, 1, "writeDoubleBackwards");
}

}  // namespace bindings
