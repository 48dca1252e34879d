/// \file
/// Strings to bytes and back, in Node's encodings. (Node: src/string_bytes.h.)
///
/// A JavaScript string is a sequence of UTF-16 code units; a Buffer, a file
/// or a socket holds bytes. Every API that converts between the two names an
/// encoding:
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
/// Stage 03 names the encodings (encoding.h: the Encoding enum, and
/// ParseEncoding for 'UTF-8', 'binary', ...) and converts whole strings into
/// new memory for fs. A Buffer needs more: writing is *bounded* here,
/// WriteString() fills at most `capacity` bytes of memory that already exists
/// and never splits a character (a UTF-8 sequence, a UTF-16 unit), which is
/// what `buf.write(string, offset, length)` needs; and both directions are on
/// the hot path of Buffer.from() and toString(), so UTF-8 is decoded in one
/// pass and hex and base64 go through lookup tables two characters at a time.
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <optional>

#include "support/encoding.h"

namespace bindings {

using pool::Encoding;
using pool::ParseEncoding;
/// "Cannot create a string longer than 0x1fffffe8 characters", code
/// ERR_STRING_TOO_LONG (stage 03's).
using pool::TooLongStringError;

/// The encoding a JS string names, as ParseEncoding() reads it, without
/// allocating: every name is short and ASCII, so anything else names none.
std::optional<Encoding> EncodingNamed(v8::Isolate* isolate, v8::Local<v8::String> name);

/// How many bytes WriteString() will produce for the whole of `text`, computed as
/// Node's Buffer.byteLength() does: exact for utf8, utf16le, latin1, ascii
/// and hex; for base64, 3/4 of the length less the padding (an upper bound
/// when the text holds characters that are not base64).
size_t StringByteLength(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding);

/// Writes `text` in `encoding` into [data, data + capacity) and returns the
/// number of bytes written; never a partial character.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding,
                   uint8_t* data, size_t capacity);

/// The string `encoding` makes of `size` bytes at `data`. Empty when V8
/// cannot make it (longer than v8::String::kMaxLength); the caller throws
/// Node's ERR_STRING_TOO_LONG (TooLongStringError()).
v8::MaybeLocal<v8::String> BytesToString(v8::Isolate* isolate, const uint8_t* data, size_t size,
                                         Encoding encoding);

}  // namespace bindings
