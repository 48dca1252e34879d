/// \file
/// Base64 32 characters at a time, with AVX2 vector instructions: the fast
/// path under codecs.h's base64, for the x86-64 CPUs that have them (nearly
/// all made since 2013). codecs.cc asks the CPU once, at run time, and keeps
/// its scalar code as the fallback and as the reference these are tested
/// against. (Node does the same through the simdutf library.)
///
/// Both functions do only the *regular* part of the work, whole blocks, and
/// return how far they got; the caller finishes with the scalar code: the
/// last few bytes and the padding when encoding; when decoding, the rest
/// from the first block that holds anything unusual (whitespace, junk, '='),
/// which is where Node's rules need a careful look character by character.
/// How the blocks are done is explained at the top of base64_avx2.cc.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pool {
namespace avx2 {

/// Whether this CPU (and this build: x86-64 only) can run the functions
/// below. Asks the CPU once.
bool Available();

/// Encodes 24 bytes into 32 characters at a time, as long as at least 28
/// bytes are left to read (each block's loads read 4 bytes past it).
/// Returns how many bytes it encoded, a multiple of 24; it wrote 4/3 as
/// many characters.
size_t Base64EncodeBlocks(const uint8_t* data, size_t size, char* out, bool url);

/// Decodes 32 characters into 24 bytes at a time, while the next 32 are all
/// base64 (either alphabet) and `room` holds 24 more bytes. Returns how many
/// characters it decoded, a multiple of 32; it wrote 3/4 as many bytes.
size_t Base64DecodeBlocks(const uint8_t* text, size_t length, uint8_t* out, size_t room);

}  // namespace avx2
}  // namespace pool
