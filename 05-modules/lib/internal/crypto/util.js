// What every part of `crypto` shares: the binding, how arguments become
// bytes, and the lazy Transform that hashes and ciphers are.
// (Node: lib/internal/crypto/util.js, lib/internal/streams/lazy_transform.js.)
//
// Strings become Buffers here, in JS, before they reach OpenSSL: the C++
// side (05-modules/crypto/crypto_binding.cc) only ever sees bytes.
'use strict';

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const binding = internalBinding('crypto');

function isArrayBufferView(value) { return ArrayBuffer.isView(value); }
function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// A password, salt, key or IV: a string (in `encoding`), an ArrayBuffer or
// a view of one; the bytes, as a view. (Node's getArrayBufferOrView.)
function getArrayBufferOrView(value, name, encoding = undefined) {
  if (isAnyArrayBuffer(value)) return value;
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  if (!isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(
      name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return value;
}

// A symmetric key (an HMAC's, a cipher's): bytes, a string, or a secret
// KeyObject. (Node's prepareSecretKey.)
function prepareSecretKey(key) {
  if (key !== null && typeof key === 'object' && key.type === 'secret' &&
      typeof key.export === 'function') {
    return key.export();
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
                                           'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  return getArrayBufferOrView(key, 'key');
}

// Data for update(): a string in `encoding` (hex must have whole bytes),
// or a view. (Node's hash/cipher update checks.)
function dataToBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                      `is invalid for data of length ${data.length}`);
    }
    return Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

// Bytes from the binding (a Uint8Array) as a Buffer, or as a string when an
// encoding other than 'buffer' is asked for.
function encode(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding)) {
    return buffer.toString(encoding);
  }
  return buffer;
}

// A Transform whose stream state is made on first use. A script that only
// calls update() and digest() never pays for a stream; one that pipes into
// a hash gets one. (Node's LazyTransform.)
let Transform;
function LazyTransform(options) {
  this._options = options;
}
function makeStream(self) {
  Transform ??= require('stream').Transform;
  Transform.call(self, self._options);
}
function defineLazy(name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get() {
      makeStream(this);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        value, enumerable: true, configurable: true, writable: true,
      });
    },
    configurable: true,
    enumerable: true,
  });
}
['_readableState', '_writableState', '_transformState'].forEach(defineLazy);
let linked = false;
// The stream module is loaded on the first Hash or Cipher, not at require.
function linkLazyTransform() {
  if (linked) return;
  linked = true;
  Transform ??= require('stream').Transform;
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
}

module.exports = {
  binding, Buffer, LazyTransform, linkLazyTransform, dataToBytes, encode,
  getArrayBufferOrView, isArrayBufferView, isAnyArrayBuffer, prepareSecretKey,
};
