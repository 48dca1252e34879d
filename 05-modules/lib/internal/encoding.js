// TextEncoder and TextDecoder, the Web's text codecs, and atob/btoa.
// (Node: lib/internal/encoding.js, lib/buffer.js.)
//
// TextEncoder always writes UTF-8. TextDecoder reads UTF-8, UTF-16LE and
// windows-1252 (which Node, and so this runtime, decodes as latin1); with
// { stream: true } it keeps a character split across calls (a
// StringDecoder does the keeping); with { fatal: true } malformed input
// throws instead of becoming U+FFFD.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE, ERR_ENCODING_NOT_SUPPORTED,
                 ERR_ENCODING_INVALID_ENCODED_DATA, ERR_MISSING_ARGS } } = require('internal/errors');
const { DOMException } = require('internal/per_context/domexception');
const { inspect } = require('internal/util/inspect');

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    const bytes = Buffer.from(`${input}`, 'utf8');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length).slice();
  }

  // Writes as many whole characters of `source` as fit into `destination`.
  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', destination);
    }
    let read = 0;
    let written = 0;
    for (const char of `${source}`) {
      const bytes = Buffer.from(char, 'utf8');
      if (written + bytes.length > destination.length) break;
      destination.set(bytes, written);
      written += bytes.length;
      read += char.length;
    }
    return { read, written };
  }

  [inspect.custom]() {
    return `TextEncoder { encoding: 'utf-8' }`;
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder' });

const kLabels = new Map();
for (const [encoding, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
             'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
                'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                    'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of labels) kLabels.set(label, encoding);
}

// Whether `bytes` are well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF).
function isValidUtf8(bytes) {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i];
    let need;
    let min;
    if (byte < 0x80) { i++; continue; }
    if (byte >= 0xC2 && byte <= 0xDF) { need = 1; min = 0x80; }
    else if (byte >= 0xE0 && byte <= 0xEF) { need = 2; min = 0x800; }
    else if (byte >= 0xF0 && byte <= 0xF4) { need = 3; min = 0x10000; }
    else return false;
    let code = byte & (0x3F >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xC0) !== 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += need + 1;
  }
  return true;
}

function toBytes(input) {
  if (input === undefined) return Buffer.alloc(0);
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return Buffer.from(input);
  if (ArrayBuffer.isView(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decoder = null;  // a StringDecoder while a stream is being decoded
  #bomSeen = false;

  constructor(label = 'utf-8', options = {}) {
    const encoding = kLabels.get(`${label}`.trim().toLowerCase());
    if (encoding === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(label);
    this.#encoding = encoding;
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input = undefined, options = {}) {
    let bytes = toBytes(input);
    const stream = !!options?.stream;
    if (this.#fatal && this.#encoding === 'utf-8') this.#checkUtf8(bytes, stream);
    const nodeEncoding = this.#encoding === 'windows-1252' ? 'latin1' :
      this.#encoding === 'utf-8' ? 'utf8' : 'utf16le';
    if (!this.#decoder) {
      const { StringDecoder } = require('string_decoder');
      this.#decoder = new StringDecoder(nodeEncoding);
      this.#bomSeen = false;
    }
    let text = stream ? this.#decoder.write(bytes) : this.#decoder.end(bytes);
    if (!this.#ignoreBOM && !this.#bomSeen && text.length > 0) {
      if (text.charCodeAt(0) === 0xFEFF && this.#encoding !== 'windows-1252') text = text.slice(1);
      this.#bomSeen = true;
    }
    if (!stream) this.#decoder = null;
    bytes = null;
    return text;
  }

  // Fatal mode: what this call completes must be well-formed; a character
  // it leaves unfinished waits for the next call (when streaming).
  #pending = Buffer.alloc(0);
  #checkUtf8(bytes, stream) {
    let all = Buffer.concat([this.#pending, bytes]);
    let keep = 0;
    if (stream) {
      for (let back = 1; back <= 3 && back <= all.length; back++) {
        const byte = all[all.length - back];
        if ((byte & 0xC0) === 0x80) continue;
        const total = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (total > back) keep = back;
        break;
      }
    }
    this.#pending = stream ? Buffer.from(all.subarray(all.length - keep)) : Buffer.alloc(0);
    all = all.subarray(0, all.length - keep);
    if (!isValidUtf8(all)) {
      this.#pending = Buffer.alloc(0);
      this.#decoder = null;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
  }

  [inspect.custom]() {
    return `TextDecoder { encoding: '${this.#encoding}', fatal: ${this.#fatal}, ` +
      `ignoreBOM: ${this.#ignoreBOM} }`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder' });

// btoa: a string of bytes (each character at most U+00FF) to base64.
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(input, 'latin1').toString('base64');
}

// atob: base64 (ASCII whitespace ignored) to a string of bytes.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const text = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  const unpadded = text.replace(/=+$/, '');
  if ((text.includes('=') && text.length % 4 !== 0) || unpadded.length % 4 === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  return Buffer.from(unpadded, 'base64').toString('latin1');
}

module.exports = { TextDecoder, TextEncoder, atob, btoa };
