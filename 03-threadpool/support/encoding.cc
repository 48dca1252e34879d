#include "support/encoding.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "support/node_errors.h"

namespace pool {
namespace {

const char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string ToBase64(const uint8_t* data, size_t size, bool url) {
  const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
  std::string text;
  text.reserve((size + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < size; i += 3) {
    uint32_t group = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    text += alphabet[group >> 18 & 63];
    text += alphabet[group >> 12 & 63];
    text += alphabet[group >> 6 & 63];
    text += alphabet[group & 63];
  }
  if (i < size) {  // one or two bytes left: two or three characters, then padding
    uint32_t group = data[i] << 16 | (i + 1 < size ? data[i + 1] << 8 : 0);
    text += alphabet[group >> 18 & 63];
    text += alphabet[group >> 12 & 63];
    if (i + 1 < size) text += alphabet[group >> 6 & 63];
    if (!url) text.append(i + 1 < size ? 1 : 2, '=');
  }
  return text;
}

// The value of a base64 digit in either alphabet, or -1.
int Base64Value(uint16_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

int HexValue(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::vector<uint16_t> CodeUnits(v8::Isolate* isolate, v8::Local<v8::String> text) {
  std::vector<uint16_t> units(text->Length());
  text->Write(isolate, units.data(), 0, static_cast<int>(units.size()),
              v8::String::NO_NULL_TERMINATION);
  return units;
}

v8::MaybeLocal<v8::String> OneByteString(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
  return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                    static_cast<int>(size));
}

v8::MaybeLocal<v8::String> LatinString(v8::Isolate* isolate, const std::string& text) {
  return OneByteString(isolate, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

}  // namespace

std::optional<Encoding> ParseEncoding(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "utf8" || lower == "utf-8") return Encoding::kUtf8;
  if (lower == "utf16le" || lower == "utf-16le" || lower == "ucs2" || lower == "ucs-2") {
    return Encoding::kUtf16le;
  }
  if (lower == "latin1" || lower == "binary") return Encoding::kLatin1;
  if (lower == "ascii") return Encoding::kAscii;
  if (lower == "hex") return Encoding::kHex;
  if (lower == "base64") return Encoding::kBase64;
  if (lower == "base64url") return Encoding::kBase64Url;
  return std::nullopt;
}

v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                  Encoding encoding) {
  const size_t max = v8::String::kMaxLength;
  switch (encoding) {
    case Encoding::kUtf8:
      if (size > static_cast<size_t>(INT32_MAX)) return {};  // longer than any string
      return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                     v8::NewStringType::kNormal, static_cast<int>(size));
    case Encoding::kLatin1:
      return OneByteString(isolate, data, size);
    case Encoding::kAscii: {
      std::string text(reinterpret_cast<const char*>(data), size);
      for (char& c : text) c &= 0x7f;
      return LatinString(isolate, text);
    }
    case Encoding::kUtf16le: {
      size_t units = size / 2;  // an odd last byte is dropped, as in Node
      if (units > max) return {};
      std::vector<uint16_t> text(units);
      for (size_t i = 0; i < units; i++) text[i] = data[2 * i] | data[2 * i + 1] << 8;
      return v8::String::NewFromTwoByte(isolate, text.data(), v8::NewStringType::kNormal,
                                        static_cast<int>(units));
    }
    case Encoding::kHex: {
      if (size > max / 2) return {};
      static const char kDigits[] = "0123456789abcdef";
      std::string text(size * 2, '0');
      for (size_t i = 0; i < size; i++) {
        text[2 * i] = kDigits[data[i] >> 4];
        text[2 * i + 1] = kDigits[data[i] & 15];
      }
      return LatinString(isolate, text);
    }
    case Encoding::kBase64:
    case Encoding::kBase64Url:
      if (size / 3 * 4 > max) return {};
      return LatinString(isolate, ToBase64(data, size, encoding == Encoding::kBase64Url));
  }
  return {};
}

std::string Encode(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding) {
  std::string bytes;
  switch (encoding) {
    case Encoding::kUtf8: {
      bytes.resize(text->Utf8Length(isolate));
      // Lone surrogates become U+FFFD (EF BF BD), as in Node.
      text->WriteUtf8(isolate, bytes.data(), static_cast<int>(bytes.size()), nullptr,
                      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
      return bytes;
    }
    case Encoding::kLatin1:
    case Encoding::kAscii:
      bytes.resize(text->Length());
      text->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(bytes.data()), 0,
                         static_cast<int>(bytes.size()), v8::String::NO_NULL_TERMINATION);
      return bytes;
    case Encoding::kUtf16le:
      for (uint16_t unit : CodeUnits(isolate, text)) {
        bytes += static_cast<char>(unit & 0xff);
        bytes += static_cast<char>(unit >> 8);
      }
      return bytes;
    case Encoding::kHex: {
      std::vector<uint16_t> units = CodeUnits(isolate, text);
      for (size_t i = 0; i + 1 < units.size(); i += 2) {
        int high = HexValue(units[i]), low = HexValue(units[i + 1]);
        if (high < 0 || low < 0) break;  // Node stops at the first bad pair
        bytes += static_cast<char>(high << 4 | low);
      }
      return bytes;
    }
    case Encoding::kBase64:
    case Encoding::kBase64Url: {
      uint32_t bits = 0;
      int bit_count = 0;
      for (uint16_t unit : CodeUnits(isolate, text)) {
        if (unit == '=') break;
        int value = Base64Value(unit);
        if (value < 0) continue;  // whitespace and other characters are skipped
        bits = bits << 6 | value;
        bit_count += 6;
        if (bit_count >= 8) {
          bit_count -= 8;
          bytes += static_cast<char>(bits >> bit_count & 0xff);
        }
      }
      return bytes;
    }
  }
  return bytes;
}

v8::Local<v8::Object> TooLongStringError(v8::Isolate* isolate) {
  char message[80];
  std::snprintf(message, sizeof message, "Cannot create a string longer than 0x%x characters",
                static_cast<unsigned>(v8::String::kMaxLength));
  return NodeError(isolate, ErrorType::kError, "ERR_STRING_TOO_LONG", message);
}

}  // namespace pool
