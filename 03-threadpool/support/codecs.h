/// \file
/// Hex and base64 on plain memory: the byte-level half of Node's encodings,
/// with no V8 in sight. (Node: src/base64-inl.h and the hex functions of
/// src/string_bytes.cc.)
///
/// encoding.h converts between V8 strings and bytes; for hex, base64 and
/// base64url it hands the characters to the functions here, which is what
/// makes them testable on their own and fast: both directions sit on the hot
/// path of Buffer.from(string, 'base64') and buffer.toString('base64').
///
/// Where the CPU has AVX2, whole blocks of 24 bytes / 32 characters go to
/// the vector code of base64_avx2.h, and the code here does the rest (the
/// ends, and decoding from the first unusual character on). The code here
/// is also the fallback for other CPUs, and the reference the vector code is
/// tested against. Its speed comes from wide table lookups rather than from
/// arithmetic per character:
///
///     encode   6 bytes -> 8 characters per step: four 12-bit indexes into a
///              4096-entry table that gives two characters at once, stored
///              as one 64-bit word
///     decode   4 characters -> 3 bytes per step: one table per position
///              gives each character's bits already in place, the four are
///              OR-ed together, and one bit set only by a character that is
///              not base64 sends the group to the careful path
///
/// The careful path is Node's rule for everything else: a character that is
/// not base64 (whitespace, a line break, junk) is skipped, the first '='
/// ends the input, and leftover bits that do not make a whole byte are
/// dropped. Both alphabets are accepted whichever was asked for ('+' and '-'
/// are 62, '/' and '_' are 63).
///
/// A decoder may be fed a long string in chunks (encoding.cc copies V8's
/// characters out a chunk at a time): DecodeState carries what a chunk left
/// over. A two-byte character is read through its low byte, as Node does
/// (U+0141 counts as 'A', whose code 0x41 is its low byte).
#pragma once

#include <cstddef>
#include <cstdint>

namespace pool {

/// The code that does the base64 work. kAuto takes the AVX2 code
/// (base64_avx2.h) when the CPU has it, asked once at run time, and the
/// portable scalar code otherwise; the two give the same results, and tests
/// name each to hold them against each other.
enum class Base64Kernel { kAuto, kScalar, kAvx2 };

/// Whether `kernel` can run on this machine (kAuto and kScalar always can).
bool Base64KernelAvailable(Base64Kernel kernel);

/// How many characters Base64Encode() writes for `size` bytes: whole groups
/// of four with '=' padding for base64, no padding for base64url.
size_t Base64EncodedLength(size_t size, bool url);

/// Writes the base64 (or base64url) text of `size` bytes at `data` to `out`,
/// exactly Base64EncodedLength(size, url) characters. (A kernel this machine
/// cannot run is taken as kScalar.)
void Base64Encode(const uint8_t* data, size_t size, char* out, bool url,
                  Base64Kernel kernel = Base64Kernel::kAuto);

/// Writes two lower-case hex digits per byte to `out` (2 * size characters).
void HexEncode(const uint8_t* data, size_t size, char* out);

/// Where a decoder stands between chunks of one text.
struct DecodeState {
  size_t written = 0;  ///< bytes written so far
  uint32_t bits = 0;   ///< base64: bits read but not written yet...
  int bit_count = 0;   ///< ...and how many
  bool done = false;   ///< the end: '=', a bad hex pair, or no room left
};

/// Decodes `length` characters of base64 or base64url into
/// out[state->written, capacity), and advances `state`. `Char` is uint8_t
/// (a one-byte string) or uint16_t.
template <typename Char>
void Base64Decode(const Char* text, size_t length, uint8_t* out, size_t capacity,
                  DecodeState* state, Base64Kernel kernel = Base64Kernel::kAuto);

/// Decodes hex digit pairs into out[state->written, capacity), stopping for
/// good at the first pair that is not hex (Node's rule). `length` must be
/// even except for the last chunk of a text: an odd digit at the end is
/// ignored.
template <typename Char>
void HexDecode(const Char* text, size_t length, uint8_t* out, size_t capacity, DecodeState* state);

}  // namespace pool
