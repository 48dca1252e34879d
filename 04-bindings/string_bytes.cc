#include "string_bytes.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace bindings {
namespace {

// ---- Tables ----

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr uint8_t kInvalid = 0xff;

/// The value of every byte as a base64 digit, in either alphabet
/// ('+' and '-' are 62, '/' and '_' are 63), or kInvalid.
constexpr std::array<uint8_t, 256> MakeBase64Values() {
  std::array<uint8_t, 256> values{};
  for (uint8_t& value : values) value = kInvalid;
  for (int i = 0; i < 64; i++) {
    values[static_cast<uint8_t>(kBase64Alphabet[i])] = static_cast<uint8_t>(i);
    values[static_cast<uint8_t>(kBase64UrlAlphabet[i])] = static_cast<uint8_t>(i);
  }
  return values;
}
constexpr std::array<uint8_t, 256> kBase64Values = MakeBase64Values();

/// The value of every byte as a hex digit, or kInvalid.
constexpr std::array<uint8_t, 256> MakeHexValues() {
  std::array<uint8_t, 256> values{};
  for (uint8_t& value : values) value = kInvalid;
  for (int i = 0; i < 10; i++) values['0' + i] = static_cast<uint8_t>(i);
  for (int i = 0; i < 6; i++) {
    values['a' + i] = static_cast<uint8_t>(10 + i);
    values['A' + i] = static_cast<uint8_t>(10 + i);
  }
  return values;
}
constexpr std::array<uint8_t, 256> kHexValues = MakeHexValues();

// ---- Reading a string's code units ----

/// The code units of a string, copied out of V8 (the API offers no view of
/// a string's memory): one byte each for a one-byte string, two otherwise.
/// Node's decoders read two-byte units through their low byte, so both
/// kinds are decoded by the same template code.
template <typename Char>
std::vector<Char> CodeUnits(v8::Isolate* isolate, v8::Local<v8::String> text);

template <>
std::vector<uint8_t> CodeUnits(v8::Isolate* isolate, v8::Local<v8::String> text) {
  std::vector<uint8_t> units(text->Length());
  text->WriteOneByte(isolate, units.data(), 0, static_cast<int>(units.size()),
                     v8::String::NO_NULL_TERMINATION);
  return units;
}

template <>
std::vector<uint16_t> CodeUnits(v8::Isolate* isolate, v8::Local<v8::String> text) {
  std::vector<uint16_t> units(text->Length());
  text->Write(isolate, units.data(), 0, static_cast<int>(units.size()),
              v8::String::NO_NULL_TERMINATION);
  return units;
}

// ---- Text to bytes ----

/// Hex digit pairs to bytes, stopping at the first pair that is not hex
/// (Node's hex_decode).
template <typename Char>
size_t HexDecode(const Char* text, size_t length, uint8_t* out, size_t capacity) {
  size_t count = std::min(capacity, length / 2);
  for (size_t i = 0; i < count; i++) {
    uint8_t high = kHexValues[static_cast<uint8_t>(text[2 * i])];
    uint8_t low = kHexValues[static_cast<uint8_t>(text[2 * i + 1])];
    if ((high | low) == kInvalid) return i;
    out[i] = static_cast<uint8_t>(high << 4 | low);
  }
  return count;
}

/// Base64 (either alphabet) to bytes. Characters that are not base64 are
/// skipped, the first '=' ends the input; every base64 character adds six
/// bits, and each whole byte is written, up to `capacity` (Node's
/// base64_decode).
template <typename Char>
size_t Base64Decode(const Char* text, size_t length, uint8_t* out, size_t capacity) {
  size_t i = 0;
  size_t written = 0;
  // The fast path: four valid characters make three bytes.
  while (i + 4 <= length && written + 3 <= capacity) {
    uint8_t a = kBase64Values[static_cast<uint8_t>(text[i])];
    uint8_t b = kBase64Values[static_cast<uint8_t>(text[i + 1])];
    uint8_t c = kBase64Values[static_cast<uint8_t>(text[i + 2])];
    uint8_t d = kBase64Values[static_cast<uint8_t>(text[i + 3])];
    if ((a | b | c | d) & 0x80) break;  // padding, whitespace or junk: go slowly
    out[written++] = static_cast<uint8_t>(a << 2 | b >> 4);
    out[written++] = static_cast<uint8_t>(b << 4 | c >> 2);
    out[written++] = static_cast<uint8_t>(c << 6 | d);
    i += 4;
  }
  // The slow path, one character at a time, for whatever is left.
  uint32_t bits = 0;
  int bit_count = 0;
  for (; i < length && written < capacity; i++) {
    uint8_t unit = static_cast<uint8_t>(text[i]);
    if (unit == '=') break;
    uint8_t value = kBase64Values[unit];
    if (value == kInvalid) continue;
    bits = bits << 6 | value;
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      out[written++] = static_cast<uint8_t>(bits >> bit_count);
    }
  }
  return written;
}

template <typename Char>
size_t DecodeText(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding, uint8_t* out,
                  size_t capacity) {
  std::vector<Char> units = CodeUnits<Char>(isolate, text);
  if (encoding == Encoding::kHex) return HexDecode(units.data(), units.size(), out, capacity);
  return Base64Decode(units.data(), units.size(), out, capacity);
}

// ---- Bytes to text ----

/// A one-byte (Latin-1) string of `size` characters that `fill` writes.
/// Small results are built on the stack; large ones in a heap buffer.
template <typename Fill>
v8::MaybeLocal<v8::String> MakeOneByteString(v8::Isolate* isolate, size_t size, Fill fill) {
  if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
  uint8_t stack[1024];
  std::unique_ptr<uint8_t[]> heap;
  uint8_t* chars = stack;
  if (size > sizeof stack) {
    heap.reset(new uint8_t[size]);
    chars = heap.get();
  }
  fill(chars);
  return v8::String::NewFromOneByte(isolate, chars, v8::NewStringType::kNormal,
                                    static_cast<int>(size));
}

v8::MaybeLocal<v8::String> HexEncode(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  if (size > static_cast<size_t>(v8::String::kMaxLength) / 2) return {};
  return MakeOneByteString(isolate, size * 2, [&](uint8_t* out) {
    static const char kDigits[] = "0123456789abcdef";
    for (size_t i = 0; i < size; i++) {
      out[2 * i] = kDigits[data[i] >> 4];
      out[2 * i + 1] = kDigits[data[i] & 15];
    }
  });
}

v8::MaybeLocal<v8::String> Base64Encode(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                        bool url) {
  // base64 pads to whole groups of four; base64url leaves the padding out.
  size_t length = url ? (size * 4 + 2) / 3 : (size + 2) / 3 * 4;
  if (size > static_cast<size_t>(v8::String::kMaxLength) / 4 * 3) return {};
  return MakeOneByteString(isolate, length, [&](uint8_t* out) {
    const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
    size_t i = 0;
    for (; i + 3 <= size; i += 3) {
      uint32_t group = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
      *out++ = alphabet[group >> 18];
      *out++ = alphabet[group >> 12 & 63];
      *out++ = alphabet[group >> 6 & 63];
      *out++ = alphabet[group & 63];
    }
    if (i < size) {  // one or two bytes left
      bool two = i + 1 < size;
      uint32_t group = data[i] << 16 | (two ? data[i + 1] << 8 : 0);
      *out++ = alphabet[group >> 18];
      *out++ = alphabet[group >> 12 & 63];
      if (two) *out++ = alphabet[group >> 6 & 63];
      if (!url) {
        if (!two) *out++ = '=';
        *out++ = '=';
      }
    }
  });
}

v8::MaybeLocal<v8::String> AsciiDecode(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  bool high_bit = false;
  for (size_t i = 0; i < size && !high_bit; i++) high_bit = data[i] & 0x80;
  if (!high_bit) {  // the common case: already ASCII
    if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
    return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                      static_cast<int>(size));
  }
  return MakeOneByteString(isolate, size, [&](uint8_t* out) {
    for (size_t i = 0; i < size; i++) out[i] = data[i] & 0x7f;
  });
}

v8::MaybeLocal<v8::String> Utf16leDecode(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  size_t units = size / 2;  // an odd last byte is dropped, as in Node
  if (units > static_cast<size_t>(v8::String::kMaxLength)) return {};
  std::vector<uint16_t> text(units);
  for (size_t i = 0; i < units; i++)
    text[i] = static_cast<uint16_t>(data[2 * i] | data[2 * i + 1] << 8);
  return v8::String::NewFromTwoByte(isolate, text.data(), v8::NewStringType::kNormal,
                                    static_cast<int>(units));
}

}  // namespace

size_t StringByteLength(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding) {
  size_t length = text->Length();
  switch (encoding) {
    case Encoding::kUtf8:
      return text->Utf8Length(isolate);
    case Encoding::kUtf16le:
      return length * 2;
    case Encoding::kLatin1:
    case Encoding::kAscii:
      return length;
    case Encoding::kHex:
      return length / 2;
    case Encoding::kBase64:
    case Encoding::kBase64Url: {
      // Node's base64ByteLength: up to two '=' at the end do not count.
      size_t bytes = length;
      auto char_at = [&](size_t i) {
        uint16_t unit;
        text->Write(isolate, &unit, static_cast<int>(i), 1, v8::String::NO_NULL_TERMINATION);
        return unit;
      };
      if (bytes > 0 && char_at(bytes - 1) == '=') bytes--;
      if (bytes > 1 && char_at(bytes - 1) == '=') bytes--;
      return bytes * 3 / 4;
    }
  }
  return 0;
}

size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding,
                   uint8_t* data, size_t capacity) {
  const int int_capacity = static_cast<int>(std::min<size_t>(capacity, INT32_MAX));
  switch (encoding) {
    case Encoding::kUtf8:
      // WriteUtf8 never writes part of a character; a lone surrogate
      // becomes U+FFFD.
      return text->WriteUtf8(isolate, reinterpret_cast<char*>(data), int_capacity, nullptr,
                             v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    case Encoding::kLatin1:
    case Encoding::kAscii:
      return text->WriteOneByte(isolate, data, 0, int_capacity, v8::String::NO_NULL_TERMINATION);
    case Encoding::kUtf16le: {
      int units = std::min(text->Length(), int_capacity / 2);
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0) {
        text->Write(isolate, reinterpret_cast<uint16_t*>(data), 0, units,
                    v8::String::NO_NULL_TERMINATION);
      } else {  // a Buffer at an odd offset: V8 writes whole uint16_t
        std::vector<uint16_t> aligned(units);
        text->Write(isolate, aligned.data(), 0, units, v8::String::NO_NULL_TERMINATION);
        std::memcpy(data, aligned.data(), units * sizeof(uint16_t));
      }
      return static_cast<size_t>(units) * 2;  // little-endian, as x86 and ARM store it
    }
    case Encoding::kHex:
    case Encoding::kBase64:
    case Encoding::kBase64Url:
      if (text->IsOneByte()) return DecodeText<uint8_t>(isolate, text, encoding, data, capacity);
      return DecodeText<uint16_t>(isolate, text, encoding, data, capacity);
  }
  return 0;
}

v8::MaybeLocal<v8::String> BytesToString(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                         Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      if (size > static_cast<size_t>(INT32_MAX)) return {};
      return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                     v8::NewStringType::kNormal, static_cast<int>(size));
    case Encoding::kLatin1:
      if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
      return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                        static_cast<int>(size));
    case Encoding::kAscii:
      return AsciiDecode(isolate, data, size);
    case Encoding::kUtf16le:
      return Utf16leDecode(isolate, data, size);
    case Encoding::kHex:
      return HexEncode(isolate, data, size);
    case Encoding::kBase64:
      return Base64Encode(isolate, data, size, /*url=*/false);
    case Encoding::kBase64Url:
      return Base64Encode(isolate, data, size, /*url=*/true);
  }
  return {};
}

}  // namespace bindings
