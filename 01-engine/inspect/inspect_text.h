/// \file
/// Text helpers for util.inspect: quoting strings the way Node does, and
/// measuring text the way Node's layout rules measure it.
///
/// JavaScript strings are UTF-16; the printer builds UTF-8. Two kinds of
/// length matter, and neither is the UTF-8 byte count:
///
///  * Node's line-breaking rules compare `string.length`, the number of UTF-16
///    code units (Utf16Length);
///  * Node's column alignment of arrays uses the width on a terminal, where
///    a CJK character takes two columns and a combining accent none
///    (DisplayWidth).
///
/// Quoting works on the UTF-16 text, because the rules are about UTF-16: a
/// surrogate half with no partner is shown as `\ud83d` rather than written
/// out as broken UTF-8.
#pragma once

#include <v8.h>

#include <string>
#include <string_view>

namespace engine {
namespace inspect_text {

/// The UTF-16 code units of a JS string.
std::u16string ReadUtf16(v8::Isolate* isolate, v8::Local<v8::String> string);

/// UTF-16 to UTF-8; an unpaired surrogate becomes U+FFFD, as when Node writes
/// such a string to a stream.
std::string Utf16ToUtf8(std::u16string_view text);

/// A JS string as UTF-8 (unpaired surrogates become U+FFFD).
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::String> string);

/// Node's quoting of a string value: single quotes; double quotes if the
/// text holds a single quote; backticks if it holds both (and no backtick or
/// "${"); single quotes with an escaped quote otherwise. Backslashes and
/// control characters are escaped as JavaScript writes them (a newline as
/// backslash-n, ESC as backslash-x1B), as are unpaired surrogates
/// (backslash-ud800).
std::string Quote(std::u16string_view text);

/// The same escapes without quotes, with the single quote always escaped:
/// how Node prints a symbol key, `[Symbol(it's)]` -> `[Symbol(it\'s)]`.
std::string EscapeUnquoted(std::u16string_view text);

/// True if `key` can be printed without quotes as an object key: Node's
/// rule is /^[a-zA-Z_][a-zA-Z_0-9]*$/ (so `$x` and `é` are quoted).
bool IsPlainKey(std::u16string_view key);

/// JavaScript's `string.length` of UTF-8 text: UTF-16 code units.
size_t Utf16Length(std::string_view utf8);

/// Columns the text takes on a terminal (Node's getStringWidth).
size_t DisplayWidth(std::string_view utf8);

/// The text without the colour codes Stylize puts in (ESC [ n m, Node's
/// removeColors), for measuring coloured output.
std::string RemoveColors(std::string_view text);

/// `count` spaces.
std::string Spaces(int count);

/// Puts `indentation` spaces after every line break, so that a multi-line
/// text (an error's stack) lines up under the entry it belongs to.
std::string IndentLines(const std::string& text, int indentation);

}  // namespace inspect_text
}  // namespace engine
