#include "support/codecs.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "support/base64_avx2.h"

namespace pool {
namespace {

// The wide stores below put a table entry's first character at the lowest
// address, which is where a little-endian machine (x86, ARM as they run
// here) keeps a word's low byte.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "codecs.cc assumes little-endian");

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// ---- Tables, computed by the compiler ----

/// Two characters for every 12 bits, first character in the low byte.
using PairTable = std::array<uint16_t, 4096>;
constexpr PairTable MakeBase64Pairs(const char* alphabet) {
  PairTable pairs{};
  for (int i = 0; i < 4096; i++) {
    pairs[i] = static_cast<uint16_t>(static_cast<uint8_t>(alphabet[i >> 6]) |
                                     static_cast<uint8_t>(alphabet[i & 63]) << 8);
  }
  return pairs;
}
constexpr PairTable kBase64Pairs = MakeBase64Pairs(kBase64Alphabet);
constexpr PairTable kBase64UrlPairs = MakeBase64Pairs(kBase64UrlAlphabet);

/// Each byte's two hex digits, the high one in the low byte.
constexpr std::array<uint16_t, 256> MakeHexPairs() {
  constexpr char kDigits[] = "0123456789abcdef";
  std::array<uint16_t, 256> pairs{};
  for (int i = 0; i < 256; i++) {
    pairs[i] = static_cast<uint16_t>(kDigits[i >> 4] | kDigits[i & 15] << 8);
  }
  return pairs;
}
constexpr std::array<uint16_t, 256> kHexPairs = MakeHexPairs();

constexpr uint8_t kInvalid = 0xff;

/// The value of every byte as a base64 digit in either alphabet, or kInvalid.
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

/// Set in a decoded group by any character that is not base64: above the
/// 24 bits the three bytes use.
constexpr uint32_t kBadGroup = 0x01000000;

/// For each of the four positions in a group, every character's six bits
/// already where they land in the three output bytes (byte 0 in the low
/// eight bits), or kBadGroup. One lookup per character and three ORs make a
/// group; no shifting at decode time.
using PositionTable = std::array<uint32_t, 256>;
constexpr PositionTable MakePositionTable(int position) {
  PositionTable table{};
  for (int c = 0; c < 256; c++) {
    uint32_t v = kBase64Values[c];
    if (v == kInvalid) {
      table[c] = kBadGroup;
      continue;
    }
    switch (position) {
      case 0:  // the high six bits of byte 0
        table[c] = v << 2;
        break;
      case 1:  // the low two of byte 0, the high four of byte 1
        table[c] = v >> 4 | (v & 0xf) << 12;
        break;
      case 2:  // the low four of byte 1, the high two of byte 2
        table[c] = (v >> 2) << 8 | (v & 0x3) << 22;
        break;
      default:  // the low six of byte 2
        table[c] = v << 16;
        break;
    }
  }
  return table;
}
constexpr PositionTable kPosition0 = MakePositionTable(0);
constexpr PositionTable kPosition1 = MakePositionTable(1);
constexpr PositionTable kPosition2 = MakePositionTable(2);
constexpr PositionTable kPosition3 = MakePositionTable(3);

/// Eight bytes as one big-endian number: data[0] in the top bits.
uint64_t LoadBigEndian64(const uint8_t* data) {
  uint64_t word;
  std::memcpy(&word, data, 8);
  return __builtin_bswap64(word);
}

/// Whether to take the AVX2 blocks: asked for (or left to kAuto) and possible.
bool UseAvx2(Base64Kernel kernel) { return kernel != Base64Kernel::kScalar && avx2::Available(); }

/// Four characters (read through their low byte) as one group: the three
/// bytes in the low 24 bits, kBadGroup set if any is not base64.
template <typename Char>
uint32_t DecodeGroup(const Char* text) {
  return kPosition0[static_cast<uint8_t>(text[0])] | kPosition1[static_cast<uint8_t>(text[1])] |
         kPosition2[static_cast<uint8_t>(text[2])] | kPosition3[static_cast<uint8_t>(text[3])];
}

}  // namespace

bool Base64KernelAvailable(Base64Kernel kernel) {
  return kernel != Base64Kernel::kAvx2 || avx2::Available();
}

size_t Base64EncodedLength(size_t size, bool url) {
  return url ? (size * 4 + 2) / 3 : (size + 2) / 3 * 4;
}

void Base64Encode(const uint8_t* data, size_t size, char* out, bool url, Base64Kernel kernel) {
  const PairTable& pairs = url ? kBase64UrlPairs : kBase64Pairs;
  size_t i = 0;
  if (UseAvx2(kernel)) {
    i = avx2::Base64EncodeBlocks(data, size, out, url);
    out += i / 3 * 4;
  }
  // Six bytes (48 bits, four 12-bit indexes) make eight characters; the load
  // reads eight bytes, so the last two groups of three go the short way.
  for (; i + 8 <= size; i += 6) {
    uint64_t bits = LoadBigEndian64(data + i);
    uint64_t chars =
        uint64_t{pairs[bits >> 52 & 0xfff]} | uint64_t{pairs[bits >> 40 & 0xfff]} << 16 |
        uint64_t{pairs[bits >> 28 & 0xfff]} << 32 | uint64_t{pairs[bits >> 16 & 0xfff]} << 48;
    std::memcpy(out, &chars, 8);
    out += 8;
  }
  for (; i + 3 <= size; i += 3) {
    uint32_t group = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    uint32_t chars = uint32_t{pairs[group >> 12]} | uint32_t{pairs[group & 0xfff]} << 16;
    std::memcpy(out, &chars, 4);
    out += 4;
  }
  if (i < size) {  // one or two bytes left: two or three characters, then padding
    const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
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
}

void HexEncode(const uint8_t* data, size_t size, char* out) {
  size_t i = 0;
  for (; i + 4 <= size; i += 4) {  // four bytes, eight digits, one store
    uint64_t digits = uint64_t{kHexPairs[data[i]]} | uint64_t{kHexPairs[data[i + 1]]} << 16 |
                      uint64_t{kHexPairs[data[i + 2]]} << 32 |
                      uint64_t{kHexPairs[data[i + 3]]} << 48;
    std::memcpy(out + 2 * i, &digits, 8);
  }
  for (; i < size; i++) std::memcpy(out + 2 * i, &kHexPairs[data[i]], 2);
}

template <typename Char>
void Base64Decode(const Char* text, size_t length, uint8_t* out, size_t capacity,
                  DecodeState* state, Base64Kernel kernel) {
  // The vector code reads one byte a character; a two-byte string (rare as
  // base64) stays on this code.
  const bool avx2 = sizeof(Char) == 1 && UseAvx2(kernel);
  size_t i = 0;
  size_t written = state->written;
  while (i < length) {
    // The fast paths, between whole groups: blocks of 32 characters, then
    // of 8 and 4. Each 4 is stored as a 32-bit word whose fourth byte the
    // next group overwrites, so that runs while there is room for it.
    if (state->bit_count == 0) {
      if constexpr (sizeof(Char) == 1) {
        if (avx2) {
          size_t used =
              avx2::Base64DecodeBlocks(text + i, length - i, out + written, capacity - written);
          i += used;
          written += used / 4 * 3;
        }
      }
      while (i + 8 <= length && written + 7 <= capacity) {
        uint32_t first = DecodeGroup(text + i);
        uint32_t second = DecodeGroup(text + i + 4);
        if ((first | second) & kBadGroup) break;
        std::memcpy(out + written, &first, 4);
        std::memcpy(out + written + 3, &second, 4);
        written += 6;
        i += 8;
      }
      if (i + 4 <= length && written + 3 <= capacity) {
        uint32_t group = DecodeGroup(text + i);
        if ((group & kBadGroup) == 0) {
          out[written] = static_cast<uint8_t>(group);
          out[written + 1] = static_cast<uint8_t>(group >> 8);
          out[written + 2] = static_cast<uint8_t>(group >> 16);
          written += 3;
          i += 4;
          continue;
        }
      }
      if (i == length) break;
    }
    // The careful path, one character: padding, whitespace, junk, a group
    // split by any of those, or the end of the room.
    if (written == capacity) {
      state->done = true;
      break;
    }
    uint8_t unit = static_cast<uint8_t>(text[i++]);
    if (unit == '=') {
      state->done = true;
      break;
    }
    uint8_t value = kBase64Values[unit];
    if (value == kInvalid) continue;
    state->bits = state->bits << 6 | value;
    state->bit_count += 6;
    if (state->bit_count >= 8) {
      state->bit_count -= 8;
      out[written++] = static_cast<uint8_t>(state->bits >> state->bit_count);
    }
  }
  state->written = written;
}

template <typename Char>
void HexDecode(const Char* text, size_t length, uint8_t* out, size_t capacity, DecodeState* state) {
  size_t count = std::min(capacity - state->written, length / 2);
  uint8_t* target = out + state->written;
  for (size_t i = 0; i < count; i++) {
    uint8_t high = kHexValues[static_cast<uint8_t>(text[2 * i])];
    uint8_t low = kHexValues[static_cast<uint8_t>(text[2 * i + 1])];
    if ((high | low) == kInvalid) {  // only kInvalid has its high bits set
      state->written += i;
      state->done = true;
      return;
    }
    target[i] = static_cast<uint8_t>(high << 4 | low);
  }
  state->written += count;
  if (state->written == capacity) state->done = true;
}

template void Base64Decode<uint8_t>(const uint8_t*, size_t, uint8_t*, size_t, DecodeState*,
                                    Base64Kernel);
template void Base64Decode<uint16_t>(const uint16_t*, size_t, uint8_t*, size_t, DecodeState*,
                                     Base64Kernel);
template void HexDecode<uint8_t>(const uint8_t*, size_t, uint8_t*, size_t, DecodeState*);
template void HexDecode<uint16_t>(const uint16_t*, size_t, uint8_t*, size_t, DecodeState*);

}  // namespace pool
