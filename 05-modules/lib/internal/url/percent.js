// Percent-encoding, as the URL Standard defines it: which characters each
// part of a URL must escape as %XX, and how %XX turns back into bytes.
//
// HOW: an encode set is a 128-entry table for ASCII; every code point
// beyond ASCII is always escaped, as the UTF-8 bytes of the code point
// (encodeURIComponent does exactly that for them, uppercase hex). The sets
// nest, each adding characters to the one before it:
//
//   C0 control < fragment           (space " < > `)
//   C0 control < query              (space " # < >)  < special-query (')
//              query < path         (? ` { })
//              path < userinfo      (/ : ; = @ [ \ ] ^ |)
//              userinfo < component ($ % & + ,)
//              component < form-urlencoded (! ' ( ) ~)
//
// WHY: each component leaves unescaped exactly what cannot be mistaken for
// the delimiter that ends it; '#' ends a query, so a query escapes it, and
// a path must escape '?' too.
'use strict';

function makeSet(base, extra) {
  const set = base ? base.slice() : new Uint8Array(128);
  if (!base) {
    for (let c = 0; c < 0x20; c++) set[c] = 1;
    set[0x7F] = 1;
  }
  for (let i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
  return set;
}

const C0_CONTROL = makeSet(null, '');
const FRAGMENT = makeSet(C0_CONTROL, ' "<>`');
const QUERY = makeSet(C0_CONTROL, ' "#<>');
const SPECIAL_QUERY = makeSet(QUERY, "'");
const PATH = makeSet(QUERY, '?`{}');
const USERINFO = makeSet(PATH, '/:;=@[\\]^|');
const COMPONENT = makeSet(USERINFO, '$%&+,');
const FORM_URLENCODED = makeSet(COMPONENT, "!'()~");

// Escapes every code point of `string` that is in `set` (or beyond ASCII).
// `spaceAsPlus` is the form-urlencoded rule: ' ' is written '+'.
function percentEncode(string, set, spaceAsPlus = false) {
  let out = '';
  let start = 0;  // the run of characters kept as they are starts here
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80 && set[code] === 0) continue;
    out += string.slice(start, i);
    if (code < 0x80) {
      out += spaceAsPlus && code === 0x20 ? '+' : HEX[code];
    } else {
      // A surrogate pair is one code point: escape both halves together.
      const isPair = code >= 0xD800 && code <= 0xDBFF && i + 1 < string.length;
      out += encodeURIComponent(isPair ? string.slice(i, i + 2) : string[i]);
      if (isPair) i++;
    }
    start = i + 1;
  }
  return start === 0 ? string : out + string.slice(start);
}

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// %XX -> byte; anything else -> its UTF-8 bytes. A '%' not followed by two
// hex digits stays as it is. Returns the bytes (a Buffer).
function percentDecodeBytes(string) {
  const bytes = Buffer.from(string, 'utf8');
  if (!string.includes('%')) return bytes;
  const out = Buffer.allocUnsafe(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = bytes[i] === 0x25 && i + 2 < bytes.length ? hexValue(bytes[i + 1]) : -1;
    const low = high >= 0 ? hexValue(bytes[i + 2]) : -1;
    if (low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = bytes[i];
    }
  }
  return out.subarray(0, length);
}

// The same, read back as UTF-8 text (invalid sequences become U+FFFD).
function percentDecode(string) {
  if (!string.includes('%')) return string;
  return percentDecodeBytes(string).toString('utf8');
}

module.exports = {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM_URLENCODED,
  percentEncode, percentDecode, percentDecodeBytes,
};
