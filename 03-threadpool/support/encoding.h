/// \file
/// Character encodings: how a JavaScript string becomes bytes and back, in
/// Node's encodings ('utf8', 'latin1', 'hex', 'base64', ...). (Node:
/// src/string_bytes.h.)
///
/// A file, a digest or a socket holds bytes; a JavaScript string holds UTF-16
/// code units. Every API that takes an `encoding` converts between the two:
///
///     utf8 (utf-8)          a lone surrogate is written as U+FFFD
///                           (EF BF BD); each maximal invalid sequence
///                           decodes to one U+FFFD (the WHATWG rule)
///     utf16le (ucs2)        two bytes per code unit, little-endian
///     latin1 (binary)       one byte per code unit: its low 8 bits
///     ascii                 like latin1 when encoding; decoding clears the
///                           high bit of each byte
///     hex                   two digits per byte; decoding stops at the first
///                           pair that is not hex
///     base64, base64url     decoding accepts both alphabets, skips characters
///                           that are not base64 and stops at the first '='
///
/// This is the one codec of the project: this stage's fs, crypto and zlib
/// use it for their `encoding` options, and stage 04's Buffer for
/// Buffer.from(string) and buffer.toString(). Hex and base64 work on plain
/// memory in codecs.h; this file moves characters in and out of V8 strings.
///
/// Writing is *bounded*: WriteString() fills at most `capacity` bytes of
/// memory that already exists and never splits a character (a UTF-8
/// sequence, a UTF-16 unit), which is what `buf.write(string, offset,
/// length)` needs. A string longer than a Buffer needs is read in chunks, so
/// its copy out of V8 stays in the CPU cache.
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

/// The same for a JS string, without allocating: every name is short and
/// ASCII, so anything else names none.
std::optional<Encoding> EncodingNamed(v8::Isolate* isolate, v8::Local<v8::String> name);

/// How many bytes WriteString() will produce for the whole of `text`, as
/// Node's Buffer.byteLength() computes it: exact for utf8, utf16le, latin1,
/// ascii and hex; for base64, 3/4 of the length less the padding (an upper
/// bound when the text holds characters that are not base64).
size_t StringByteLength(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding);

/// Writes `text` in `encoding` into [data, data + capacity) and returns the
/// number of bytes written; never a partial character.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding,
                   uint8_t* data, size_t capacity);

/// The whole of `text` in `encoding`, as new memory.
std::string StringToBytes(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding);

/// The string `encoding` makes of `size` bytes at `data`. Empty when V8
/// cannot make it (longer than v8::String::kMaxLength, about 2^29
/// characters); the caller reports Node's ERR_STRING_TOO_LONG
/// (errors::StringTooLong()).
v8::MaybeLocal<v8::String> BytesToString(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                         Encoding encoding);

}  // namespace pool
