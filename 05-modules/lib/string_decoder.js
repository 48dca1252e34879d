// `string_decoder`: bytes to text, in chunks that may split a character.
// (Node: lib/string_decoder.js.)
//
// A stream delivers bytes in whatever pieces the system gives it; a UTF-8
// character can start at the end of one piece and end in the next. A
// StringDecoder keeps the bytes of an unfinished character (at most 4, in
// `lastChar`; `lastNeed` of them are still missing out of `lastTotal`) and
// prepends them to the next write. utf16le keeps half a code unit, or a
// high surrogate waiting for its low half; base64 keeps the 1 or 2 bytes
// that do not make a group of 3. end() flushes what is left (for UTF-8, an
// unfinished character becomes U+FFFD).
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kEncodings = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  base64: 'base64', base64url: 'base64url', ascii: 'ascii', hex: 'hex',
};

function normalizeEncoding(encoding) {
  const name = kEncodings[`${encoding ?? 'utf8'}`.toLowerCase()];
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return name;
}

// How many bytes a UTF-8 sequence starting with `byte` has: 1 to 4; 0 for
// a continuation byte; -1 for a byte that never starts one.
function utf8SequenceLength(byte) {
  if (byte <= 0x7F) return 1;
  if (byte >> 5 === 0x06) return 2;
  if (byte >> 4 === 0x0E) return 3;
  if (byte >> 3 === 0x1E) return 4;
  return byte >> 6 === 0x02 ? 0 : -1;
}

// Node's StringDecoder is an old-style constructor function, and packages
// rely on that: iconv-lite (under body-parser, raw-body, co-body) makes its
// decoder the ES5 way, `StringDecoder.call(this, encoding)`, which a class
// constructor refuses ("cannot be invoked without 'new'"). So the
// constructor is a function, and the class below only holds the methods,
// copied onto its prototype as plain, enumerable properties, as Node's are.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this.lastChar = Buffer.alloc(4);
  this.lastNeed = 0;
  this.lastTotal = 0;
}

class StringDecoderMethods {
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    let start = 0;
    let text = '';
    if (this.lastNeed > 0) {
      const taken = this.fillLast(buf);
      if (taken === undefined) return '';  // still not a whole character
      text = taken.text;
      start = taken.used;
    }
    return text + this.text(buf, start);
  }

  end(buf) {
    let text = buf === undefined ? '' : this.write(buf);
    if (this.lastNeed > 0) {
      const have = this.lastTotal - this.lastNeed;
      if (this.encoding === 'utf8') text += '\ufffd';
      else text += this.lastChar.toString(this.encoding, 0, have);
    }
    this.lastNeed = 0;
    this.lastTotal = 0;
    return text;
  }

  // Completes the kept character with the first bytes of `buf`: the text
  // and how many bytes of `buf` it took, or undefined when `buf` is too
  // short to finish it.
  fillLast(buf) {
    const have = this.lastTotal - this.lastNeed;
    if (this.encoding === 'utf8') {
      // A byte that is no continuation ends the character early: U+FFFD.
      for (let i = 0; i < this.lastNeed && i < buf.length; i++) {
        if (buf[i] >> 6 !== 0x02) {
          this.lastNeed = 0;
          return { text: '\ufffd', used: i };
        }
      }
    }
    if (buf.length < this.lastNeed) {
      buf.copy(this.lastChar, have, 0, buf.length);
      this.lastNeed -= buf.length;
      return undefined;
    }
    buf.copy(this.lastChar, have, 0, this.lastNeed);
    const used = this.lastNeed;
    this.lastNeed = 0;
    const text = this.lastChar.toString(this.encoding === 'base64url' ? 'base64url' : this.encoding,
                                        0, this.lastTotal);
    return { text, used };
  }

  // The text of buf[start..], keeping back the bytes of a character it
  // does not finish.
  text(buf, start) {
    const length = buf.length - start;
    switch (this.encoding) {
      case 'utf8': {
        const keep = this.incompleteUtf8(buf, start);
        return buf.toString('utf8', start, buf.length - keep);
      }
      case 'utf16le': {
        if (length % 2 === 0) {
          const text = buf.toString('utf16le', start);
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {  // a high surrogate: wait for the low one
            this.keep(buf, buf.length - 2, 4);
            return text.slice(0, -1);
          }
          return text;
        }
        this.keep(buf, buf.length - 1, 2);
        return buf.toString('utf16le', start, buf.length - 1);
      }
      case 'base64':
      case 'base64url': {
        const rest = length % 3;
        if (rest === 0) return buf.toString(this.encoding, start);
        this.keep(buf, buf.length - rest, 3);
        return buf.toString(this.encoding, start, buf.length - rest);
      }
      default:
        return buf.toString(this.encoding, start);
    }
  }

  // Keeps buf[from..] as the start of a character of `total` bytes.
  keep(buf, from, total) {
    buf.copy(this.lastChar, 0, from);
    this.lastTotal = total;
    this.lastNeed = total - (buf.length - from);
  }

  // How many bytes at the end of buf[start..] begin a UTF-8 character they
  // do not finish (kept for the next write).
  incompleteUtf8(buf, start) {
    for (let back = 1; back <= 3 && buf.length - back >= start; back++) {
      const position = buf.length - back;
      const total = utf8SequenceLength(buf[position]);
      if (total === 0) continue;  // a continuation byte: look further back
      if (total > back) {
        this.keep(buf, position, total);
        return back;
      }
      return 0;
    }
    return 0;
  }
}

for (const name of Object.getOwnPropertyNames(StringDecoderMethods.prototype)) {
  if (name === 'constructor') continue;
  StringDecoder.prototype[name] = StringDecoderMethods.prototype[name];
}

module.exports = { StringDecoder };
