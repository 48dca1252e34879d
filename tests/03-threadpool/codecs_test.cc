// GoogleTest for stage 03's codec: hex and base64 on plain memory
// (support/codecs.h), checked against a reference written for clarity rather
// than speed, and through V8 strings (support/encoding.h), where long texts
// are decoded in chunks. Base64 has two kernels, the scalar code and the
// AVX2 blocks (support/base64_avx2.h): every kernel this CPU can run is held
// to the reference, on fixed cases and on seeded random texts.
#include "support/codecs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "engine.h"
#include "support/encoding.h"
#include "v8_test_environment.h"

namespace {

const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The reference: six bits at a time, one character at a time.
std::string ReferenceEncode(const std::vector<uint8_t>& bytes, bool url) {
  std::string text;
  uint32_t bits = 0;
  int count = 0;
  for (uint8_t byte : bytes) {
    bits = bits << 8 | byte;
    count += 8;
    while (count >= 6) {
      count -= 6;
      text += kAlphabet[bits >> count & 63];
    }
  }
  if (count > 0) text += kAlphabet[bits << (6 - count) & 63];
  if (url) {
    for (char& c : text) c = c == '+' ? '-' : c == '/' ? '_' : c;
  } else {
    while (text.size() % 4 != 0) text += '=';
  }
  return text;
}

// Node's decoding rule, spelled out: skip what is not base64 (either
// alphabet), stop at '=', drop the bits that do not make a byte.
std::vector<uint8_t> ReferenceDecode(const std::string& text) {
  std::vector<uint8_t> bytes;
  uint32_t bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=') break;
    size_t value = kAlphabet.find(c == '-' ? '+' : c == '_' ? '/' : c);
    if (value == std::string::npos || c == '\0') continue;
    bits = bits << 6 | static_cast<uint32_t>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push_back(static_cast<uint8_t>(bits >> count));
    }
  }
  return bytes;
}

std::string Encode(const std::vector<uint8_t>& bytes, bool url) {
  std::string text(pool::Base64EncodedLength(bytes.size(), url), '?');
  pool::Base64Encode(bytes.data(), bytes.size(), text.data(), url);
  return text;
}

std::vector<uint8_t> Decode(const std::string& text, size_t capacity = SIZE_MAX) {
  std::vector<uint8_t> bytes(std::min(capacity, text.size()));
  pool::DecodeState state;
  pool::Base64Decode(reinterpret_cast<const uint8_t*>(text.data()), text.size(), bytes.data(),
                     bytes.size(), &state);
  bytes.resize(state.written);
  return bytes;
}

std::vector<uint8_t> Bytes(const std::string& text) { return {text.begin(), text.end()}; }

// Bytes that are not a repeating pattern: every value, in a scrambled order.
std::vector<uint8_t> Sample(size_t size) {
  std::vector<uint8_t> bytes(size);
  for (size_t i = 0; i < size; i++) bytes[i] = static_cast<uint8_t>((i * 167 + 13) ^ (i >> 3));
  return bytes;
}

TEST(Base64Test, EveryLengthUpTo64RoundTripsLikeTheReference) {
  for (size_t size = 0; size <= 64; size++) {
    std::vector<uint8_t> bytes = Sample(size);
    for (bool url : {false, true}) {
      std::string text = Encode(bytes, url);
      EXPECT_EQ(text, ReferenceEncode(bytes, url)) << "size " << size << " url " << url;
      EXPECT_EQ(Decode(text), bytes) << "size " << size << " url " << url;
    }
  }
}

TEST(Base64Test, WhitespaceAndJunkAreSkippedWherever) {
  std::vector<uint8_t> bytes = Sample(48);
  std::string text = Encode(bytes, false);
  for (size_t at = 0; at <= text.size(); at++) {
    for (const char* junk : {"\n", " ", "\r\n", "*", "\t\t\t", "\x80"}) {
      std::string spaced = text.substr(0, at) + junk + text.substr(at);
      EXPECT_EQ(Decode(spaced), bytes) << "junk at " << at;
      EXPECT_EQ(Decode(spaced), ReferenceDecode(spaced));
    }
  }
  // A MIME body: lines of 76 characters.
  std::vector<uint8_t> long_bytes = Sample(1000);
  std::string lines, encoded = Encode(long_bytes, false);
  for (size_t i = 0; i < encoded.size(); i += 76) lines += encoded.substr(i, 76) + "\r\n";
  EXPECT_EQ(Decode(lines), long_bytes);
}

TEST(Base64Test, MissingPaddingDecodesWhatIsThere) {
  EXPECT_EQ(Decode("QQ"), Bytes("A"));
  EXPECT_EQ(Decode("QUI"), Bytes("AB"));
  EXPECT_EQ(Decode("QUJD"), Bytes("ABC"));
  EXPECT_EQ(Decode("Q"), Bytes(""));  // six bits make no byte
  EXPECT_EQ(Decode(""), Bytes(""));
}

TEST(Base64Test, TheFirstEqualsSignEndsTheInput) {
  EXPECT_EQ(Decode("QQ==QUJD"), Bytes("A"));
  EXPECT_EQ(Decode("QU=JD"), Bytes("A"));
  EXPECT_EQ(Decode("QUJDQUJD=QUJD"), Bytes("ABCABC"));
  EXPECT_EQ(Decode("=QUJD"), Bytes(""));
  std::string long_text = Encode(Sample(30), false) + "=" + Encode(Sample(30), false);
  EXPECT_EQ(Decode(long_text), Sample(30));
}

TEST(Base64Test, EitherAlphabetIsAccepted) {
  std::vector<uint8_t> bytes = {0xfb, 0xff, 0xbf, 0xfb, 0xef, 0xbe};
  EXPECT_EQ(Encode(bytes, false), "+/+/++++");
  EXPECT_EQ(Encode(bytes, true), "-_-_----");
  EXPECT_EQ(Decode("+/+/++++"), bytes);
  EXPECT_EQ(Decode("-_-_----"), bytes);
  EXPECT_EQ(Decode("-/+_-+-+"), bytes);  // even mixed
}

TEST(Base64Test, DecodingStopsAtTheCapacityWithoutASpareByte) {
  std::vector<uint8_t> bytes = Sample(40);
  std::string text = Encode(bytes, false);
  for (size_t capacity = 0; capacity <= bytes.size(); capacity++) {
    EXPECT_EQ(Decode(text, capacity), std::vector<uint8_t>(bytes.begin(), bytes.begin() + capacity))
        << "capacity " << capacity;
  }
}

TEST(Base64Test, AChunkMayEndInTheMiddleOfAGroup) {
  std::vector<uint8_t> bytes = Sample(64);
  std::string text = " " + Encode(bytes, false);  // the groups start off the chunk grid
  for (size_t split = 0; split <= text.size(); split++) {
    std::vector<uint8_t> out(bytes.size());
    pool::DecodeState state;
    const uint8_t* chars = reinterpret_cast<const uint8_t*>(text.data());
    pool::Base64Decode(chars, split, out.data(), out.size(), &state);
    pool::Base64Decode(chars + split, text.size() - split, out.data(), out.size(), &state);
    out.resize(state.written);
    EXPECT_EQ(out, bytes) << "split at " << split;
  }
}

// ---- Each kernel against the reference ----

const pool::Base64Kernel kKernels[] = {pool::Base64Kernel::kScalar, pool::Base64Kernel::kAvx2,
                                       pool::Base64Kernel::kAuto};

const char* KernelName(pool::Base64Kernel kernel) {
  switch (kernel) {
    case pool::Base64Kernel::kScalar:
      return "scalar";
    case pool::Base64Kernel::kAvx2:
      return "avx2";
    case pool::Base64Kernel::kAuto:
      return "auto";
  }
  return "?";
}

std::string EncodeWith(pool::Base64Kernel kernel, const std::vector<uint8_t>& bytes, bool url) {
  std::string text(pool::Base64EncodedLength(bytes.size(), url), '?');
  pool::Base64Encode(bytes.data(), bytes.size(), text.data(), url, kernel);
  return text;
}

// Decodes `length` characters fed in pieces cut at `splits` (ascending),
// into `capacity` bytes; as encoding.cc does, no piece after the decoder
// says it is done.
template <typename Char>
std::vector<uint8_t> DecodeChars(pool::Base64Kernel kernel, const Char* text, size_t length,
                                 size_t capacity, const std::vector<size_t>& splits = {}) {
  std::vector<uint8_t> bytes(capacity);
  pool::DecodeState state;
  size_t start = 0;
  for (size_t end : splits) {
    if (state.done) break;
    pool::Base64Decode(text + start, end - start, bytes.data(), bytes.size(), &state, kernel);
    start = end;
  }
  if (!state.done) {
    pool::Base64Decode(text + start, length - start, bytes.data(), bytes.size(), &state, kernel);
  }
  bytes.resize(state.written);
  return bytes;
}

std::vector<uint8_t> DecodeWith(pool::Base64Kernel kernel, const std::string& text, size_t capacity,
                                const std::vector<size_t>& splits = {}) {
  return DecodeChars(kernel, reinterpret_cast<const uint8_t*>(text.data()), text.size(), capacity,
                     splits);
}

std::vector<uint8_t> RandomBytes(std::mt19937& random, size_t size) {
  std::vector<uint8_t> bytes(size);
  for (uint8_t& byte : bytes) byte = static_cast<uint8_t>(random());
  return bytes;
}

TEST(Base64KernelTest, TheScalarKernelRunsEverywhere) {
  EXPECT_TRUE(pool::Base64KernelAvailable(pool::Base64Kernel::kScalar));
  EXPECT_TRUE(pool::Base64KernelAvailable(pool::Base64Kernel::kAuto));
  // (Not a check: which kernels this run compares.)
  std::cout << "[          ] AVX2 kernel "
            << (pool::Base64KernelAvailable(pool::Base64Kernel::kAvx2) ? "tested" : "not available")
            << "\n";
}

TEST(Base64KernelTest, EveryKernelEncodesRandomBytesLikeTheReference) {
  std::mt19937 random(20240611);
  std::vector<size_t> sizes;
  for (size_t size = 0; size <= 200; size++) sizes.push_back(size);
  for (int i = 0; i < 40; i++) sizes.push_back(200 + random() % 5000);
  for (size_t size : sizes) {
    std::vector<uint8_t> bytes = RandomBytes(random, size);
    for (bool url : {false, true}) {
      std::string expected = ReferenceEncode(bytes, url);
      for (pool::Base64Kernel kernel : kKernels) {
        if (!pool::Base64KernelAvailable(kernel)) continue;
        ASSERT_EQ(EncodeWith(kernel, bytes, url), expected)
            << KernelName(kernel) << " size " << size << " url " << url;
      }
    }
  }
}

// Every byte value at every place in a block of 32 clean characters: the
// vector code's test for "is this base64" and its translation, exhaustively.
TEST(Base64KernelTest, EveryByteValueAtEveryPlaceOfABlock) {
  std::string clean = EncodeWith(pool::Base64Kernel::kScalar, Sample(48), false);  // 64 chars
  for (int value = 0; value < 256; value++) {
    for (size_t at = 0; at < 32; at++) {
      std::string text = clean;
      text[at] = static_cast<char>(value);
      std::vector<uint8_t> expected = ReferenceDecode(text);
      for (pool::Base64Kernel kernel : kKernels) {
        if (!pool::Base64KernelAvailable(kernel)) continue;
        ASSERT_EQ(DecodeWith(kernel, text, text.size()), expected)
            << KernelName(kernel) << " byte " << value << " at " << at;
      }
    }
  }
}

// Random texts in either alphabet or both mixed, with whitespace, junk and
// '=' at random places (from none to many), decoded whole, in pieces, into
// too little room, and as two-byte characters: every kernel must give what
// the reference gives.
TEST(Base64KernelTest, EveryKernelDecodesRandomTextsLikeTheReference) {
  std::mt19937 random(7);
  const std::string kJunk = std::string(" \t\r\n*.:@[`{~\x7f\x80\xff\0", 17) + "=";
  for (int round = 0; round < 3000; round++) {
    size_t size = round < 300 ? round : random() % 3000;
    std::string text = ReferenceEncode(RandomBytes(random, size), false);
    int alphabet = random() % 3;  // standard, url-safe, mixed
    for (char& c : text) {
      bool url = alphabet == 1 || (alphabet == 2 && random() % 2 == 0);
      if (url) c = c == '+' ? '-' : c == '/' ? '_' : c;
    }
    if (random() % 4 == 0) {  // strip the padding, as base64url texts have none
      while (!text.empty() && text.back() == '=') text.pop_back();
    }
    // Unusual characters: none, a few, or one in every few.
    unsigned every = std::vector<unsigned>{0, 1000, 100, 40, 7}[random() % 5];
    if (every > 0) {
      std::string spaced;
      for (char c : text) {
        while (random() % every == 0) {
          char junk = kJunk[random() % kJunk.size()];
          // '=' ends the text: make it rare, or little would be decoded.
          if (junk == '=' && random() % 8 != 0) junk = '\n';
          spaced += junk;
        }
        spaced += c;
      }
      text = spaced;
    }
    std::vector<uint8_t> expected = ReferenceDecode(text);
    size_t room = random() % 4 == 0 ? random() % (expected.size() + 1) : text.size();
    std::vector<uint8_t> expected_in_room(expected.begin(),
                                          expected.begin() + std::min(room, expected.size()));
    std::vector<size_t> splits;
    for (int i = random() % 4; i > 0; i--) splits.push_back(random() % (text.size() + 1));
    std::sort(splits.begin(), splits.end());
    std::vector<uint16_t> wide;
    for (char c : text) wide.push_back(static_cast<uint8_t>(c));

    for (pool::Base64Kernel kernel : kKernels) {
      if (!pool::Base64KernelAvailable(kernel)) continue;
      SCOPED_TRACE(::testing::Message()
                   << KernelName(kernel) << " round " << round << " text \"" << text << "\"");
      ASSERT_EQ(DecodeWith(kernel, text, text.size()), expected);
      ASSERT_EQ(DecodeWith(kernel, text, room), expected_in_room) << "room " << room;
      ASSERT_EQ(DecodeWith(kernel, text, text.size(), splits), expected) << "in pieces";
      ASSERT_EQ(DecodeChars(kernel, wide.data(), wide.size(), text.size()), expected) << "two-byte";
    }
  }
}

TEST(HexTest, DigitsBothWaysAndTheFirstBadPairEndsIt) {
  std::vector<uint8_t> bytes = Sample(37);
  std::string text(bytes.size() * 2, '?');
  pool::HexEncode(bytes.data(), bytes.size(), text.data());
  std::string expected;
  for (uint8_t byte : bytes) {
    expected += "0123456789abcdef"[byte >> 4];
    expected += "0123456789abcdef"[byte & 15];
  }
  EXPECT_EQ(text, expected);

  auto decode = [](const std::string& hex) {
    std::vector<uint8_t> out(hex.size() / 2);
    pool::DecodeState state;
    pool::HexDecode(reinterpret_cast<const uint8_t*>(hex.data()), hex.size(), out.data(),
                    out.size(), &state);
    out.resize(state.written);
    return out;
  };
  EXPECT_EQ(decode(text), bytes);
  EXPECT_EQ(decode("41A2ff"), (std::vector<uint8_t>{0x41, 0xa2, 0xff}));
  EXPECT_EQ(decode("4142zz43"), Bytes("AB"));
  EXPECT_EQ(decode("414"), Bytes("A"));  // an odd digit at the end is ignored
  EXPECT_EQ(decode("g1"), Bytes(""));
}

TEST(EncodingNameTest, NodesNamesInAnyCaseAndNothingElse) {
  EXPECT_EQ(pool::ParseEncoding("utf8"), pool::Encoding::kUtf8);
  EXPECT_EQ(pool::ParseEncoding("UTF-8"), pool::Encoding::kUtf8);
  EXPECT_EQ(pool::ParseEncoding("Base64"), pool::Encoding::kBase64);
  EXPECT_EQ(pool::ParseEncoding("BASE64URL"), pool::Encoding::kBase64Url);
  EXPECT_EQ(pool::ParseEncoding("Binary"), pool::Encoding::kLatin1);
  EXPECT_EQ(pool::ParseEncoding("latin1"), pool::Encoding::kLatin1);
  EXPECT_EQ(pool::ParseEncoding("ascii"), pool::Encoding::kAscii);
  EXPECT_EQ(pool::ParseEncoding("hex"), pool::Encoding::kHex);
  for (const char* name : {"ucs2", "UCS-2", "utf16le", "Utf-16LE"}) {
    EXPECT_EQ(pool::ParseEncoding(name), pool::Encoding::kUtf16le) << name;
  }
  for (const char* name : {"", "utf", "utf88", "base64urlx", "base64 ", "he\xc3\xa9", "latin2"}) {
    EXPECT_EQ(pool::ParseEncoding(name), std::nullopt) << name;
  }
}

// Through V8 strings: long texts go through encoding.cc's chunks, and a
// two-byte string's characters are read through their low byte, as Node does.
class EncodingTest : public ::testing::Test {
 protected:
  EncodingTest()
      : isolate_scope_(engine_.isolate()),
        handle_scope_(engine_.isolate()),
        context_scope_(engine_.context()) {}

  v8::Isolate* isolate() { return engine_.isolate(); }

  std::string Write(const std::u16string& text, pool::Encoding encoding) {
    v8::Local<v8::String> string =
        v8::String::NewFromTwoByte(isolate(), reinterpret_cast<const uint16_t*>(text.data()),
                                   v8::NewStringType::kNormal, static_cast<int>(text.size()))
            .ToLocalChecked();
    return pool::StringToBytes(isolate(), string, encoding);
  }
  std::string Write(const std::string& text, pool::Encoding encoding) {
    return pool::StringToBytes(isolate(), engine::ToV8String(isolate(), text), encoding);
  }
  std::string Read(const std::vector<uint8_t>& bytes, pool::Encoding encoding) {
    return engine::ToUtf8(
        isolate(),
        pool::BytesToString(isolate(), bytes.data(), bytes.size(), encoding).ToLocalChecked());
  }

  engine::Engine engine_;
  v8::Isolate::Scope isolate_scope_;
  v8::HandleScope handle_scope_;
  v8::Context::Scope context_scope_;
};

TEST_F(EncodingTest, LongTextsDecodeAcrossChunks) {
  std::vector<uint8_t> bytes = Sample(100000);  // more than one chunk of characters
  std::string text = Read(bytes, pool::Encoding::kBase64);
  EXPECT_EQ(text, ReferenceEncode(bytes, false));
  std::string decoded = Write(text, pool::Encoding::kBase64);
  EXPECT_EQ(std::vector<uint8_t>(decoded.begin(), decoded.end()), bytes);
  // Whitespace that moves every later group off the chunk grid.
  std::string spaced = " " + text.substr(0, 5000) + "\n" + text.substr(5000);
  decoded = Write(spaced, pool::Encoding::kBase64);
  EXPECT_EQ(std::vector<uint8_t>(decoded.begin(), decoded.end()), bytes);
  std::string hex = Read(bytes, pool::Encoding::kHex);
  decoded = Write(hex, pool::Encoding::kHex);
  EXPECT_EQ(std::vector<uint8_t>(decoded.begin(), decoded.end()), bytes);
}

TEST_F(EncodingTest, LargeResultsAreExternalStringsAndDeadOnesAreCollected) {
  std::vector<uint8_t> bytes = Sample(1 << 20);
  v8::Local<v8::String> text =
      pool::BytesToString(isolate(), bytes.data(), bytes.size(), pool::Encoding::kBase64)
          .ToLocalChecked();
  EXPECT_TRUE(text->IsExternalOneByte());
  EXPECT_EQ(engine::ToUtf8(isolate(), text), ReferenceEncode(bytes, false));
  // Decoded back straight from its memory, whole or into less room.
  std::string decoded = pool::StringToBytes(isolate(), text, pool::Encoding::kBase64);
  EXPECT_EQ(std::vector<uint8_t>(decoded.begin(), decoded.end()), bytes);
  std::vector<uint8_t> part(1000);
  EXPECT_EQ(pool::WriteString(isolate(), text, pool::Encoding::kBase64, part.data(), part.size()),
            part.size());
  EXPECT_EQ(part, std::vector<uint8_t>(bytes.begin(), bytes.begin() + 1000));
  v8::Local<v8::String> hex =
      pool::BytesToString(isolate(), bytes.data(), bytes.size(), pool::Encoding::kHex)
          .ToLocalChecked();
  EXPECT_TRUE(hex->IsExternalOneByte());
  decoded = pool::StringToBytes(isolate(), hex, pool::Encoding::kHex);
  EXPECT_EQ(std::vector<uint8_t>(decoded.begin(), decoded.end()), bytes);
  std::vector<uint8_t> small = Sample(1000);
  EXPECT_FALSE(pool::BytesToString(isolate(), small.data(), small.size(), pool::Encoding::kHex)
                   .ToLocalChecked()
                   ->IsExternal());

  // 300 dead strings of 1.4 MB (420 MB in all), made without returning to
  // any loop: V8's count of external memory must stay near the 64 MiB at
  // which a collection is asked for, not grow with them.
  int64_t start = isolate()->AdjustAmountOfExternalAllocatedMemory(0);
  int64_t highest = start;
  for (int i = 0; i < 300; i++) {
    v8::HandleScope scope(isolate());
    pool::BytesToString(isolate(), bytes.data(), bytes.size(), pool::Encoding::kBase64)
        .ToLocalChecked();
    highest = std::max(highest, isolate()->AdjustAmountOfExternalAllocatedMemory(0));
  }
  EXPECT_LT(highest - start, int64_t{80} << 20);
}

TEST_F(EncodingTest, TwoByteCharactersAreReadThroughTheirLowByte) {
  // U+0141 has the low byte 'A' (0x41): Node decodes it as base64 'A'.
  EXPECT_EQ(Write(u"\u0141QQQ", pool::Encoding::kBase64), std::string("\x01\x04\x10"));
  EXPECT_EQ(Write(u"4\u0131", pool::Encoding::kHex), "A");
  EXPECT_EQ(Write(u"QUJD\u2028", pool::Encoding::kBase64Url), "ABC");
}

TEST_F(EncodingTest, TheOtherEncodings) {
  EXPECT_EQ(Write("h\xc3\xa9llo", pool::Encoding::kUtf8), "h\xc3\xa9llo");
  EXPECT_EQ(Write("h\xc3\xa9", pool::Encoding::kLatin1), "h\xe9");
  EXPECT_EQ(Write("hi", pool::Encoding::kUtf16le), std::string("h\0i\0", 4));
  EXPECT_EQ(Read({0x68, 0xe9}, pool::Encoding::kAscii), "hi");
  EXPECT_EQ(Read({0x68, 0xe9}, pool::Encoding::kLatin1), "h\xc3\xa9");
  EXPECT_EQ(Read({0x68, 0xff, 0x69}, pool::Encoding::kUtf8), "h\xef\xbf\xbdi");  // U+FFFD
  EXPECT_EQ(Read({0x68, 0x00, 0x69}, pool::Encoding::kUtf16le), "h");            // odd byte dropped
}

}  // namespace
