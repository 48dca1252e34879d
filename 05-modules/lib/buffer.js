// `buffer`: the Buffer class, and what Node's module keeps around it.
// (Node: lib/buffer.js.)
//
// Buffer itself is stage 04's C++ (04-bindings/buffer/), a global since
// that stage; this module adds the constants, the Web's Blob and File, the
// base64 helpers atob/btoa, and a few checks over bytes.
'use strict';

const binding = internalBinding('buffer');
const { Buffer, kMaxLength, kStringMaxLength, constants } = binding;
const { atob, btoa } = require('internal/encoding');
const { Blob, File, resolveObjectURL } = require('internal/blob');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function SlowBuffer(size) {
  return Buffer.allocUnsafeSlow(size);
}

function bytesOf(input) {
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) {
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// Whether the bytes are well-formed UTF-8 (a fatal decoder refuses others).
function isUtf8(input) {
  const bytes = bytesOf(input);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  return bytesOf(input).every((byte) => byte < 0x80);
}

// Re-encodes bytes from one encoding to another; a character the target
// cannot hold (latin1, ascii) becomes '?', as with Node's ICU converter.
const kTranscodable = new Set(['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf8']);
function transcode(source, fromEncoding, toEncoding) {
  if (!ArrayBuffer.isView(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  const from = Buffer.isEncoding(fromEncoding) && `${fromEncoding}`.toLowerCase().replace('-', '');
  const to = Buffer.isEncoding(toEncoding) && `${toEncoding}`.toLowerCase().replace('-', '');
  if (!kTranscodable.has(from) || !kTranscodable.has(to)) {
    const error = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    error.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    error.errno = 1;
    throw error;
  }
  let text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString(from);
  if (to === 'latin1' || to === 'binary') text = text.replace(/[^\x00-\xff]/gu, '?');
  if (to === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  return Buffer.from(text, to);
}

module.exports = {
  Buffer, SlowBuffer, transcode, isUtf8, isAscii, kMaxLength, kStringMaxLength, btoa, atob,
  constants, INSPECT_MAX_BYTES: undefined, Blob, resolveObjectURL, File,
};
// How many bytes inspect shows of a Buffer. Node lets a program change it;
// here it is stage 04's constant (kInspectMaxBytes), so it can only be read.
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return binding.INSPECT_MAX_BYTES; },
  enumerable: true,
  configurable: true,
});
