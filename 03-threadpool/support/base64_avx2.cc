/// \file
/// How base64 goes 32 characters at a time (see base64_avx2.h for where).
///
/// An AVX2 register holds 32 bytes, and one instruction does the same thing
/// to all of them. Base64 suits that well: every 3 bytes become 4 characters
/// in exactly the same way. Three tricks carry the whole file.
///
/// **1. pshufb, a 16-entry table lookup in one instruction.**
/// _mm256_shuffle_epi8(table, index) replaces each byte of `index` with
/// table[index & 15] (0 when the index's top bit is set). It works within
/// each 16-byte half (lane) of the register, so every table below is written
/// twice, once per lane. Used on data, it moves bytes around; used on small
/// numbers, it is a lookup table for 32 of them at once.
///
/// **2. Multiplying by a power of two is a shift, per 16-bit half.**
/// Splitting 3 bytes into four 6-bit numbers needs different shifts for
/// different bits, and AVX2 has no 16-bit shift whose amount varies from one
/// element to the next. But it has multiplications by a different number in
/// each 16-bit element: x * 2^k is x << k (mullo keeps the low 16 bits), and
/// the high 16 bits of x * 2^k are x >> (16 - k) (mulhi). Going the other
/// way, _mm256_maddubs_epi16 and _mm256_madd_epi16 multiply neighbours by a
/// constant each and add the pair: a * 64 + b is a << 6 | b when b < 64, two
/// 6-bit numbers glued into 12 bits, and once more gives 24.
///
/// **3. Characters are computed, not looked up in a 64-entry table.**
/// A base64 digit and its character differ by one of five offsets: 'A' - 0
/// for 0..25, 'a' - 26 for 26..51, '0' - 52 for 52..61, and one each for
/// the two last ones. So the encoder works out which range each digit is
/// in as a number from 0 to 13, and a pshufb turns that into the offset to
/// add. The decoder goes back by the character's high four bits (its row in
/// an ASCII chart: '0'..'9', 'A'..'O', 'P'..'Z', ...); the three characters
/// that break their row's pattern ('-', '/', '_') nudge the lookup into
/// slots of the table that no row uses.
///
/// Encoding one block (3 bytes s0 s1 s2 shown; each lane does 12 bytes):
///
///     load 2 x 16 bytes     lane 0 = bytes 0..15, lane 1 = bytes 12..27
///     pshufb                s1 s0 s2 s1 per 4 output bytes:
///                           16 bits s0:s1 hold digits a (bits 15..10) and
///                           b (9..4); 16 bits s1:s2 hold c (11..6) and d (5..0)
///     and, mulhi            a >> 10 and c >> 6 into bytes 0 and 2
///     and, mullo            b << 4 and d << 8 into bytes 1 and 3
///     or                    a b c d: four digits, 0..63, in their bytes
///     range + pshufb + add  digits to characters; store 32
///
/// Decoding one block of 32 characters:
///
///     validate   each character's low four bits pick, from one table, the
///                rows in which that column is *not* base64; its high four
///                bits pick, from another, its own row; a non-zero AND of
///                the two means the block holds something that is not
///                base64 ('=', whitespace, junk, anything above 0x7f), and
///                the block is left to the careful scalar code
///     translate  add an offset picked by the high four bits (nudged by
///                the low four for '-', '/' and '_')
///     pack       maddubs: a b c d -> a<<6|b, c<<6|d; madd: -> 24 bits;
///                pshufb the three bytes of each 4 into order and together,
///                permute the two lanes' 12 bytes together; store 24
///
/// The functions carry __attribute__((target("avx2"))): the compiler may
/// use AVX2 in them and nowhere else, so the rest of the program still runs
/// on any x86-64 CPU, and base64_avx2.h's Available() says when these may be
/// called.
#include "support/base64_avx2.h"

#if defined(__x86_64__)

#include <immintrin.h>

namespace pool {
namespace avx2 {
namespace {

#define AVX2_FUNCTION __attribute__((target("avx2")))

/// The same 16 bytes in both lanes: a pshufb table.
AVX2_FUNCTION __m256i Table(int8_t e0, int8_t e1, int8_t e2, int8_t e3, int8_t e4, int8_t e5,
                            int8_t e6, int8_t e7, int8_t e8, int8_t e9, int8_t e10, int8_t e11,
                            int8_t e12, int8_t e13, int8_t e14, int8_t e15) {
  return _mm256_setr_epi8(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e0,
                          e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15);
}

// ---- Encoding ----

/// 24 bytes to 32 base64 digits (0..63), one per byte, in output order.
AVX2_FUNCTION __m256i SplitIntoDigits(const uint8_t* data) {
  // Lane 0 gets bytes 0..11 and lane 1 bytes 12..23 (pshufb cannot move a
  // byte from one lane to the other, so each lane loads its own).
  __m256i bytes = _mm256_inserti128_si256(
      _mm256_castsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data))),
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 12)), 1);
  // Each group of 3 bytes s0 s1 s2 becomes s1 s0 s2 s1: read as little-endian
  // 16-bit numbers, that is s0:s1 then s1:s2, each digit whole in one of them.
  __m256i groups =
      _mm256_shuffle_epi8(bytes, Table(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10));
  // a (bits 15..10 of s0:s1) >> 10 and c (bits 11..6 of s1:s2) >> 6, as the
  // high halves of multiplications by 2^6 and 2^10: bytes 0 and 2.
  __m256i a_c = _mm256_mulhi_epu16(_mm256_and_si256(groups, _mm256_set1_epi32(0x0fc0fc00)),
                                   _mm256_set1_epi32(0x04000040));
  // b (bits 9..4 of s0:s1) << 4 and d (bits 5..0 of s1:s2) << 8, as the low
  // halves of multiplications by 2^4 and 2^8: bytes 1 and 3.
  __m256i b_d = _mm256_mullo_epi16(_mm256_and_si256(groups, _mm256_set1_epi32(0x003f03f0)),
                                   _mm256_set1_epi32(0x01000010));
  return _mm256_or_si256(a_c, b_d);
}

/// Digits (0..63) to their characters: digit + offset, the offset chosen by
/// the digit's range.
AVX2_FUNCTION __m256i DigitsToCharacters(__m256i digits, bool url) {
  // The range as a number: 52..63 become 1..12 by a subtraction that stops
  // at 0 (so 0..51 become 0), then 0..25 are set apart as 13.
  __m256i range = _mm256_subs_epu8(digits, _mm256_set1_epi8(51));
  __m256i below_26 = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), digits);
  range = _mm256_or_si256(range, _mm256_and_si256(below_26, _mm256_set1_epi8(13)));
  // range:      0 (26..51), 1..10 (52..61), 11 (62), 12 (63), 13 (0..25)
  const int8_t lower = 'a' - 26, digit = '0' - 52, upper = 'A';
  const int8_t d62 = url ? '-' - 62 : '+' - 62, d63 = url ? '_' - 63 : '/' - 63;
  __m256i offsets = Table(lower, digit, digit, digit, digit, digit, digit, digit, digit, digit,
                          digit, d62, d63, upper, 0, 0);
  return _mm256_add_epi8(digits, _mm256_shuffle_epi8(offsets, range));
}

// ---- Decoding ----

/// 32 characters to their digits (0..63); false if any is not base64 in
/// either alphabet.
AVX2_FUNCTION bool CharactersToDigits(__m256i chars, __m256i* digits) {
  // A character's high four bits are its row in an ASCII chart, the low four
  // its column. (The shift moves 32-bit lanes: the mask keeps each byte's
  // own bits.)
  __m256i row = _mm256_and_si256(_mm256_srli_epi32(chars, 4), _mm256_set1_epi8(0x0f));
  __m256i column = _mm256_and_si256(chars, _mm256_set1_epi8(0x0f));

  // Rows with the same valid columns share a bit:
  //   0x01  row 2  (+ - /: columns B D F)   0x08  row 5  (P..Z _: 0..A, F)
  //   0x02  row 3  (0..9: columns 0..9)      0x10  row 7  (p..z: 0..A)
  //   0x04  rows 4, 6 (A..O, a..o: 1..F)     0x20  every other row (none)
  // For each column, the bits of the rows where it is invalid (0x20 in all).
  __m256i row_bit = Table(0x20, 0x20, 0x01, 0x02, 0x04, 0x08, 0x04, 0x10, 0x20, 0x20, 0x20, 0x20,
                          0x20, 0x20, 0x20, 0x20);
  __m256i invalid_in = Table(0x25, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x23, 0x3a,
                             0x3b, 0x3a, 0x3b, 0x32);
  __m256i bad =
      _mm256_and_si256(_mm256_shuffle_epi8(row_bit, row), _mm256_shuffle_epi8(invalid_in, column));
  if (!_mm256_testz_si256(bad, bad)) return false;

  // Valid now, so the row says the offset to add ('0'..'9' + 4 are 52..61,
  // 'A'..'O' and 'P'..'Z' - 65, 'a'..'z' - 71, '+' + 19 is 62), except for
  // '-', '/' and '_'. To fold those in, the key into the offset table is the
  // row XOR a nudge picked by the column: 0 for most columns (the key is the
  // row), 8 for column D and 13 for column F. The nudged keys of columns D
  // and F land in slots no row uses, which hold the offsets for every
  // character of those columns:
  //   key   2   3   4,5   6,7   8(_)  9(O)  10(-)  11(o)  12(M)  14(m)  15(/)
  //   add  19   4   -65   -71   -32   -65    17    -71    -65    -71    16
  __m256i nudge = Table(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 13);
  __m256i key = _mm256_xor_si256(row, _mm256_shuffle_epi8(nudge, column));
  __m256i offsets = Table(0, 0, 19, 4, -65, -65, -71, -71, -32, -65, 17, -71, -65, 0, -71, 16);
  *digits = _mm256_add_epi8(chars, _mm256_shuffle_epi8(offsets, key));
  return true;
}

/// 32 digits (a b c d per 4) to 24 bytes, stored at `out`.
AVX2_FUNCTION void JoinDigits(__m256i digits, uint8_t* out) {
  // a*64 + b and c*64 + d in each 16 bits, then (a<<6|b)*4096 + (c<<6|d) in
  // each 32: the group's 24 bits, as a little-endian number (bytes 2 1 0).
  __m256i pairs = _mm256_maddubs_epi16(digits, _mm256_set1_epi32(0x01400140));
  __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
  // Each lane's four groups into 12 bytes in order, then the two lanes'
  // 12 bytes side by side (dwords 0 1 2 and 4 5 6).
  __m256i lanes =
      _mm256_shuffle_epi8(groups, Table(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
  __m256i bytes = _mm256_permutevar8x32_epi32(lanes, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm256_castsi256_si128(bytes));
  _mm_storel_epi64(reinterpret_cast<__m128i*>(out + 16), _mm256_extracti128_si256(bytes, 1));
}

}  // namespace

bool Available() {
  static const bool available = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return available;
}

AVX2_FUNCTION size_t Base64EncodeBlocks(const uint8_t* data, size_t size, char* out, bool url) {
  size_t done = 0;
  for (; done + 28 <= size; done += 24) {
    __m256i chars = DigitsToCharacters(SplitIntoDigits(data + done), url);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + done / 3 * 4), chars);
  }
  return done;
}

AVX2_FUNCTION size_t Base64DecodeBlocks(const uint8_t* text, size_t length, uint8_t* out,
                                        size_t room) {
  size_t done = 0;
  for (; done + 32 <= length && done / 4 * 3 + 24 <= room; done += 32) {
    __m256i digits;
    if (!CharactersToDigits(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text + done)),
                            &digits)) {
      break;
    }
    JoinDigits(digits, out + done / 4 * 3);
  }
  return done;
}

}  // namespace avx2
}  // namespace pool

#else  // not x86-64: the scalar code does everything

namespace pool {
namespace avx2 {
bool Available() { return false; }
size_t Base64EncodeBlocks(const uint8_t*, size_t, char*, bool) { return 0; }
size_t Base64DecodeBlocks(const uint8_t*, size_t, uint8_t*, size_t) { return 0; }
}  // namespace avx2
}  // namespace pool

#endif
