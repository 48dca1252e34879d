#include "support/encoding.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "support/codecs.h"
#include "support/external_string.h"

namespace pool {
namespace {

// ---- Text to bytes ----
//
// A decoder reads the string in chunks copied out of V8 (the API offers no
// view of a string's memory, but for an external one): up to kChunk
// characters at a time into a buffer on the stack, which stays in the CPU
// cache while it is decoded.
// One byte a character for a one-byte string, two otherwise; Node's
// decoders read two-byte characters through their low byte, so both kinds
// go through the same template code.

constexpr int kChunk = 16 * 1024;  // characters, an even number

template <typename Char>
size_t DecodeText(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding, uint8_t* out,
                  size_t capacity) {
  DecodeState state;
  if constexpr (sizeof(Char) == 1) {
    // An external string's characters are in memory the API shows (such as
    // a large result of BytesToString() below): decoded where they are.
    if (text->IsExternalOneByte()) {
      const v8::String::ExternalOneByteStringResource* resource =
          text->GetExternalOneByteStringResource();
      const uint8_t* chars = reinterpret_cast<const uint8_t*>(resource->data());
      if (encoding == Encoding::kHex) {
        HexDecode(chars, resource->length(), out, capacity, &state);
      } else {
        Base64Decode(chars, resource->length(), out, capacity, &state);
      }
      return state.written;
    }
  }
  Char chunk[kChunk];
  const int length = text->Length();
  for (int start = 0; start < length && !state.done; start += kChunk) {
    int count = std::min(kChunk, length - start);
    if constexpr (sizeof(Char) == 1) {
      text->WriteOneByte(isolate, chunk, start, count, v8::String::NO_NULL_TERMINATION);
    } else {
      text->Write(isolate, chunk, start, count, v8::String::NO_NULL_TERMINATION);
    }
    if (encoding == Encoding::kHex) {
      HexDecode(chunk, count, out, capacity, &state);
    } else {
      Base64Decode(chunk, count, out, capacity, &state);
    }
  }
  return state.written;
}

// ---- Bytes to text ----

/// A one-byte (Latin-1) string of `size` characters that `fill` writes.
/// Small ones are written into a buffer (on the stack when it fits) and
/// copied into V8's heap. From kExternalMin characters on, the buffer
/// becomes the string's own memory instead (external_string.h): such a
/// string would not fit V8's regular pages (objects over 128 KiB go to its
/// large-object space, one fresh mapping each). Measured with base64
/// results of 64 KiB to 1.3 MiB, an external string was the faster from
/// 128 KiB on (1.3 to 2x), the copy into V8's young generation below it (2
/// to 3x). (Node draws its line at about 1 MB.)
constexpr size_t kExternalMin = 128 * 1024;

template <typename Fill>
v8::MaybeLocal<v8::String> MakeOneByteString(v8::Isolate* isolate, size_t size, Fill fill) {
  if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
  if (size >= kExternalMin) {
    char* chars = static_cast<char*>(std::malloc(size));
    if (chars == nullptr) return {};
    fill(chars);
    return NewExternalOneByte(isolate, chars, size);
  }
  char stack[4096];
  std::unique_ptr<char[]> heap;
  char* chars = stack;
  if (size > sizeof stack) {
    heap.reset(new char[size]);
    chars = heap.get();
  }
  fill(chars);
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(chars),
                                    v8::NewStringType::kNormal, static_cast<int>(size));
}

/// UTF-8 to a string, decoded here rather than by V8 (whose decoder, in this
/// version, scans everything twice): one pass into UTF-16 code units,
/// then V8 gets them as one-byte characters when none is above U+00FF
/// (half the memory), as two-byte ones otherwise. Bad input follows the
/// WHATWG rule V8 and Node use: each maximal invalid subsequence becomes
/// one U+FFFD.
v8::MaybeLocal<v8::String> Utf8Decode(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  if (size > static_cast<size_t>(v8::String::kMaxLength)) {
    // Too long for our buffer's size check; V8 knows whether it fits.
    if (size > static_cast<size_t>(INT32_MAX)) return {};
    return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                   v8::NewStringType::kNormal, static_cast<int>(size));
  }
  // At most one code unit per byte. Small results stay on the stack.
  uint16_t stack[2048];
  std::unique_ptr<uint16_t[]> heap;
  uint16_t* units = stack;
  if (size > sizeof stack / sizeof stack[0]) {
    heap.reset(new uint16_t[size]);
    units = heap.get();
  }
  size_t count = 0;
  uint32_t widest = 0;  // the largest code unit written
  size_t i = 0;
  while (i < size) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, data + i, 8);
      if (word & 0x8080808080808080ull) break;
      for (int k = 0; k < 8; k++) units[count + k] = data[i + k];
      count += 8;
      i += 8;
    }
    if (i == size) break;
    uint8_t lead = data[i++];
    if (lead < 0x80) {
      units[count++] = lead;
      continue;
    }
    // How many continuation bytes, and the range the first of them must be
    // in (the narrow ranges rule out overlong forms and surrogates).
    int needed;
    uint32_t code_point;
    uint8_t lower = 0x80, upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      code_point = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      code_point = lead & 0x0f;
      if (lead == 0xe0) lower = 0xa0;
      if (lead == 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      code_point = lead & 0x07;
      if (lead == 0xf0) lower = 0x90;
      if (lead == 0xf4) upper = 0x8f;
    } else {
      units[count++] = 0xfffd;
      widest = 0xfffd;
      continue;
    }
    bool complete = true;
    for (int k = 0; k < needed; k++) {
      if (i == size || data[i] < lower || data[i] > upper) {
        complete = false;  // the byte that broke the sequence is read again
        break;
      }
      code_point = code_point << 6 | (data[i++] & 0x3f);
      lower = 0x80;
      upper = 0xbf;
    }
    if (!complete) {
      units[count++] = 0xfffd;
      widest = 0xfffd;
    } else if (code_point > 0xffff) {  // a surrogate pair; four bytes made two units
      units[count++] = static_cast<uint16_t>(0xd800 + ((code_point - 0x10000) >> 10));
      units[count++] = static_cast<uint16_t>(0xdc00 + ((code_point - 0x10000) & 0x3ff));
      widest = 0xffff;
    } else {
      units[count++] = static_cast<uint16_t>(code_point);
      widest = std::max(widest, code_point);
    }
  }
  if (widest > 0xff) {
    return v8::String::NewFromTwoByte(isolate, units, v8::NewStringType::kNormal,
                                      static_cast<int>(count));
  }
  // Latin-1 only: narrow in place (each unit's byte lands at or before it).
  uint8_t* narrow = reinterpret_cast<uint8_t*>(units);
  for (size_t k = 0; k < count; k++) narrow[k] = static_cast<uint8_t>(units[k]);
  return v8::String::NewFromOneByte(isolate, narrow, v8::NewStringType::kNormal,
                                    static_cast<int>(count));
}

v8::MaybeLocal<v8::String> AsciiDecode(v8::Isolate* isolate, const uint8_t* data, size_t size) {
  bool high_bit = false;
  for (size_t i = 0; i < size && !high_bit; i++) high_bit = data[i] & 0x80;
  if (!high_bit) {  // the common case: already ASCII
    if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
    return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                      static_cast<int>(size));
  }
  return MakeOneByteString(isolate, size, [&](char* out) {
    for (size_t i = 0; i < size; i++) out[i] = static_cast<char>(data[i] & 0x7f);
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

std::optional<Encoding> ParseEncoding(std::string_view name) {
  // Called for nearly every toString() and Buffer.from(): no allocation.
  // Every name is ASCII and at most 9 characters; Node lower-cases the
  // name first, which here may be done in ASCII (no other character
  // lower-cases into a letter of these names).
  struct Named {
    std::string_view name;
    Encoding encoding;
  };
  static constexpr Named kNames[] = {
      {"utf8", Encoding::kUtf8},       {"utf-8", Encoding::kUtf8},
      {"base64", Encoding::kBase64},   {"base64url", Encoding::kBase64Url},
      {"hex", Encoding::kHex},         {"latin1", Encoding::kLatin1},
      {"binary", Encoding::kLatin1},   {"ascii", Encoding::kAscii},
      {"utf16le", Encoding::kUtf16le}, {"utf-16le", Encoding::kUtf16le},
      {"ucs2", Encoding::kUtf16le},    {"ucs-2", Encoding::kUtf16le},
  };
  char lower[9];
  if (name.size() > sizeof lower) return std::nullopt;
  for (size_t i = 0; i < name.size(); i++) {
    char c = name[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view lowered(lower, name.size());
  for (const Named& named : kNames) {
    if (named.name == lowered) return named.encoding;
  }
  return std::nullopt;
}

std::optional<Encoding> EncodingNamed(v8::Isolate* isolate, v8::Local<v8::String> name) {
  char chars[10];  // "base64url" is the longest name
  int length = name->Length();
  if (length >= static_cast<int>(sizeof chars) || !name->ContainsOnlyOneByte()) return {};
  name->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(chars), 0, length,
                     v8::String::NO_NULL_TERMINATION);
  return ParseEncoding(std::string_view(chars, length));
}

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
      uint16_t last[2] = {0, 0};  // the last two characters, in one call
      int count = static_cast<int>(std::min<size_t>(length, 2));
      text->Write(isolate, last + 2 - count, static_cast<int>(length) - count, count,
                  v8::String::NO_NULL_TERMINATION);
      if (bytes > 0 && last[1] == '=') bytes--;
      if (bytes > 1 && last[0] == '=' && last[1] == '=') bytes--;
      return bytes * 3 / 4;
    }
  }
  return 0;
}

size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding,
                   uint8_t* data, size_t capacity) {
  if (capacity == 0) return 0;  // (and `data` may be null: an empty Buffer)
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
      return Utf8Decode(isolate, data, size);
    case Encoding::kLatin1:
      if (size > static_cast<size_t>(v8::String::kMaxLength)) return {};
      return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                        static_cast<int>(size));
    case Encoding::kAscii:
      return AsciiDecode(isolate, data, size);
    case Encoding::kUtf16le:
      return Utf16leDecode(isolate, data, size);
    case Encoding::kHex:
      if (size > static_cast<size_t>(v8::String::kMaxLength) / 2) return {};
      return MakeOneByteString(isolate, size * 2, [&](char* out) { HexEncode(data, size, out); });
    case Encoding::kBase64:
    case Encoding::kBase64Url: {
      bool url = encoding == Encoding::kBase64Url;
      if (size > static_cast<size_t>(v8::String::kMaxLength) / 4 * 3) return {};
      return MakeOneByteString(isolate, Base64EncodedLength(size, url),
                               [&](char* out) { Base64Encode(data, size, out, url); });
    }
  }
  return {};
}

std::string StringToBytes(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding) {
  std::string bytes(StringByteLength(isolate, text, encoding), '\0');
  // (base64's length is an upper bound: whitespace and junk are skipped.)
  bytes.resize(
      WriteString(isolate, text, encoding, reinterpret_cast<uint8_t*>(bytes.data()), bytes.size()));
  return bytes;
}

}  // namespace pool
