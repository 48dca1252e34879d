/// \file
/// Character encodings: how bytes become a string and back, as Node names
/// them ('utf8', 'latin1', 'hex', 'base64', ...).
///
/// A file holds bytes; JavaScript strings hold UTF-16 code units. Every API
/// that takes an `encoding` option (fs.readFile, fs.writeFile, hash.digest)
/// converts between the two with one of Node's encodings:
///
///     utf8 (utf-8)            V8 decodes it; invalid sequences become U+FFFD
///     utf16le (ucs2)          two bytes per code unit, little-endian
///     latin1 (binary)         one byte per code unit, the low byte
///     ascii                   latin1, with the high bit of each byte cleared
///                             when decoding
///     hex                     two digits per byte; decoding stops at the
///                             first pair that is not hex
///     base64, base64url       decoding accepts both alphabets, skips what is
///                             not base64 and stops at '='
///
/// In Node this is Buffer's job (lib/buffer.js, src/string_bytes.cc); Buffer
/// arrives in stage 04, so here the conversions work on plain byte ranges.
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pool {

enum class Encoding { kUtf8, kUtf16le, kLatin1, kAscii, kHex, kBase64, kBase64Url };

/// The encoding Node knows by `name` (any case: 'UTF-8', 'Latin1'), if any.
std::optional<Encoding> ParseEncoding(std::string_view name);

/// Bytes to a string. Empty when V8 cannot make the string (it would be
/// longer than V8's limit, about 2^29 characters): the caller reports Node's
/// ERR_STRING_TOO_LONG (see TooLongStringError()).
v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                  Encoding encoding);

/// A string to bytes.
std::string Encode(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding);

/// Node's error for a result that cannot become a string:
/// "Cannot create a string longer than 0x1fffffe8 characters".
v8::Local<v8::Object> TooLongStringError(v8::Isolate* isolate);

}  // namespace pool
