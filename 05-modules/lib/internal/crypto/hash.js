// crypto.createHash and crypto.createHmac: the update/digest objects over
// the binding's Hash and Hmac, and Transform streams besides.
// (Node: lib/internal/crypto/hash.js.)
//
// The work is OpenSSL's, on the loop thread: hashing bytes already in memory
// is fast, and each update() is a single EVP call. What JS adds is Node's
// contract: strings and encodings, `copy()`, "Digest already called", and
// the stream face (write data in, read the digest out).
'use strict';

const {
  binding, LazyTransform, linkLazyTransform, dataToBytes, encode, prepareSecretKey,
} = require('internal/crypto/util');
const { validateString, validateObject } = require('internal/validators');
const { Buffer } = require('buffer');
const { codes: { ERR_CRYPTO_HASH_FINALIZED } } = require('internal/errors');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  linkLazyTransform();
  const copyFrom = algorithm instanceof Hash ? algorithm[kHandle] : undefined;
  if (copyFrom === undefined) validateString(algorithm, 'algorithm');
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const xofLength = options?.outputLength;
  this[kHandle] = new binding.Hash(copyFrom ?? algorithm, xofLength);
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

// A string in a known encoding goes to the binding as it is (OpenSSL reads
// its bytes there); anything else is checked and made bytes here.
function updateHandle(handle, data, encoding) {
  if (typeof data === 'string' && encoding !== 'hex' &&
      (encoding === undefined || Buffer.isEncoding(encoding))) {
    handle.update(data, encoding);
  } else {
    handle.update(dataToBytes(data, encoding));
  }
}

// The binding encodes a digest itself when the encoding is a real one.
function digestOf(handle, outputEncoding) {
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer' &&
      Buffer.isEncoding(outputEncoding)) {
    return handle.digest(outputEncoding);
  }
  return encode(handle.digest(), outputEncoding);
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  updateHandle(this[kHandle], data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return digestOf(this[kHandle], outputEncoding);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(dataToBytes(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  linkLazyTransform();
  validateString(hmac, 'hmac');
  const bytes = prepareSecretKey(key);
  this[kHandle] = new binding.Hmac(hmac, bytes);
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);

Hmac.prototype.update = Hash.prototype.update;

// A second digest() of an HMAC is empty, not an error (as in Node).
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) return encode(new Uint8Array(0), outputEncoding);
  this[kFinalized] = true;
  return digestOf(this[kHandle], outputEncoding);
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

module.exports = { Hash, Hmac };
