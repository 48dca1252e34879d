#include "inspect/inspect_text.h"

#include <cctype>
#include <cstdio>

namespace engine {
namespace inspect_text {
namespace {

bool IsHighSurrogate(char16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool IsLowSurrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

void AppendUtf8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Appends the escape Node uses for a character that must not appear raw in a
// quoted string, or returns false if `unit` can be written as it is.
bool AppendEscape(char16_t unit, std::string* out) {
  char buffer[8];
  switch (unit) {
    case '\b':
      *out += "\\b";
      return true;
    case '\t':
      *out += "\\t";
      return true;
    case '\n':
      *out += "\\n";
      return true;
    case '\f':
      *out += "\\f";
      return true;
    case '\r':
      *out += "\\r";
      return true;
    case '\\':
      *out += "\\\\";
      return true;
  }
  // C0 controls, DEL and the C1 controls: \x with two upper-case hex digits.
  if (unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)) {
    std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(unit));
    *out += buffer;
    return true;
  }
  return false;
}

// The shared loop of Quote and EscapeUnquoted. `quote` is the character that
// delimits the text and so must be escaped, or 0 if none needs to be.
std::string Escape(std::u16string_view text, char16_t escaped_quote) {
  std::string out;
  out.reserve(text.size() + 2);
  for (size_t i = 0; i < text.size(); i++) {
    char16_t unit = text[i];
    if (escaped_quote != 0 && unit == escaped_quote) {
      out += '\\';
      out += static_cast<char>(unit);
    } else if (AppendEscape(unit, &out)) {
      // escaped
    } else if (IsHighSurrogate(unit) && i + 1 < text.size() && IsLowSurrogate(text[i + 1])) {
      AppendUtf8(0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00), &out);
      i++;
    } else if (IsHighSurrogate(unit) || IsLowSurrogate(unit)) {
      // Half of a pair with no partner: no UTF-8 exists for it, so show its
      // code in lower-case hex.
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%x", static_cast<unsigned>(unit));
      out += buffer;
    } else {
      AppendUtf8(unit, &out);
    }
  }
  return out;
}

bool Contains(std::u16string_view text, std::u16string_view part) {
  return text.find(part) != std::u16string_view::npos;
}

struct Range {
  uint32_t first, last;
};

bool InRanges(uint32_t code_point, const Range* ranges, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (code_point >= ranges[i].first && code_point <= ranges[i].last) return true;
  }
  return false;
}

// Characters a terminal draws with no width of their own: controls,
// combining marks, zero-width spaces and joiners, variation selectors and
// emoji skin-tone modifiers. (Node asks ICU; this is the common part.)
bool IsZeroWidth(uint32_t code_point) {
  static const Range kRanges[] = {
      {0x0000, 0x001F},   {0x007F, 0x009F},   {0x0300, 0x036F}, {0x0483, 0x0489},
      {0x0591, 0x05BD},   {0x0610, 0x061A},   {0x064B, 0x065F}, {0x0E31, 0x0E31},
      {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E},   {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
      {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064}, {0x20D0, 0x20FF},
      {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F},   {0xFEFF, 0xFEFF}, {0x1F3FB, 0x1F3FF},
      {0xE0001, 0xE007F}, {0xE0100, 0xE01EF},
  };
  return InRanges(code_point, kRanges, sizeof kRanges / sizeof kRanges[0]);
}

// East Asian wide and full-width characters, and emoji drawn as pictures:
// two columns each.
bool IsDoubleWidth(uint32_t code_point) {
  static const Range kRanges[] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
      {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
      {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
      {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
      {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
      {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
      {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
      {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
      {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
      {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
      {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18CFF},
      {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
      {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF},
      {0x1F7E0, 0x1F7EB}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
  };
  return InRanges(code_point, kRanges, sizeof kRanges / sizeof kRanges[0]);
}

// Decodes the UTF-8 sequence at `text[*i]` and moves `*i` past it.
uint32_t NextCodePoint(std::string_view text, size_t* i) {
  unsigned char lead = static_cast<unsigned char>(text[*i]);
  int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  uint32_t code_point = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (int k = 1; k < length && *i + k < text.size(); k++) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[*i + k]) & 0x3F);
  }
  *i += length;
  return code_point;
}

}  // namespace

std::u16string ReadUtf16(v8::Isolate* isolate, v8::Local<v8::String> string) {
  std::u16string units(string->Length(), u'\0');
  string->Write(isolate, reinterpret_cast<uint16_t*>(units.data()), 0, -1,
                v8::String::NO_NULL_TERMINATION);
  return units;
}

std::string Utf16ToUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    char16_t unit = text[i];
    if (IsHighSurrogate(unit) && i + 1 < text.size() && IsLowSurrogate(text[i + 1])) {
      AppendUtf8(0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00), &out);
      i++;
    } else if (IsHighSurrogate(unit) || IsLowSurrogate(unit)) {
      AppendUtf8(0xFFFD, &out);
    } else {
      AppendUtf8(unit, &out);
    }
  }
  return out;
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::String> string) {
  // One-byte (Latin-1) strings are the common case; they need no surrogate
  // handling, and V8 converts them in one call.
  if (string->IsOneByte()) {
    std::string out(string->Utf8Length(isolate), '\0');
    string->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                      v8::String::NO_NULL_TERMINATION);
    return out;
  }
  return Utf16ToUtf8(ReadUtf16(isolate, string));
}

std::string Quote(std::u16string_view text) {
  char16_t quote = '\'';
  if (Contains(text, u"'")) {
    if (!Contains(text, u"\"")) {
      quote = '"';
    } else if (!Contains(text, u"`") && !Contains(text, u"${")) {
      quote = '`';
    }
  }
  // Only a single quote ever needs escaping: the other two quotes are chosen
  // because the text does not contain them.
  std::string out(1, static_cast<char>(quote));
  out += Escape(text, quote == '\'' ? u'\'' : 0);
  out += static_cast<char>(quote);
  return out;
}

std::string EscapeUnquoted(std::u16string_view text) { return Escape(text, u'\''); }

bool IsPlainKey(std::u16string_view key) {
  auto is_letter = [](char16_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  if (key.empty() || !is_letter(key[0])) return false;
  for (char16_t c : key) {
    if (!is_letter(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

size_t Utf16Length(std::string_view utf8) {
  size_t length = 0;
  for (char byte : utf8) {
    unsigned char b = static_cast<unsigned char>(byte);
    if ((b & 0xC0) != 0x80) length++;  // each sequence starts one code point
    if (b >= 0xF0) length++;           // ... and beyond U+FFFF it takes two units
  }
  return length;
}

size_t DisplayWidth(std::string_view utf8) {
  size_t width = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x7F) {  // ASCII, the common case: no table to search
      width += byte >= 0x20 ? 1 : 0;
      i++;
      continue;
    }
    uint32_t code_point = NextCodePoint(utf8, &i);
    if (IsZeroWidth(code_point)) continue;
    width += IsDoubleWidth(code_point) ? 2 : 1;
  }
  return width;
}

std::string RemoveColors(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // ESC [ one or two digits m
    if (text[i] == '\x1b' && i + 3 < text.size() && text[i + 1] == '[' &&
        std::isdigit(static_cast<unsigned char>(text[i + 2]))) {
      size_t end = i + 3;
      if (std::isdigit(static_cast<unsigned char>(text[end]))) end++;
      if (end < text.size() && text[end] == 'm') {
        i = end + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::string Spaces(int count) { return std::string(count > 0 ? count : 0, ' '); }

std::string IndentLines(const std::string& text, int indentation) {
  if (indentation <= 0 || text.find('\n') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 16 * indentation);
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(indentation, ' ');
  }
  return out;
}

}  // namespace inspect_text
}  // namespace engine
