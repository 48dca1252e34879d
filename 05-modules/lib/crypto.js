// `crypto`: hashes, HMACs, ciphers, key derivation and random numbers,
// OpenSSL underneath. (Node: lib/crypto.js.)
//
// Three layers, as everywhere in this stage:
//   - OpenSSL does the cryptography (libcrypto 3, the library the system's
//     own tools use);
//   - the `crypto` binding (05-modules/crypto/crypto_binding.cc) holds
//     OpenSSL's contexts in JS objects and runs the slow derivations and
//     the random generator as stage 03 Jobs on the thread pool;
//   - JS (lib/internal/crypto/*) is Node's API: argument checks and errors,
//     strings and encodings, streams, callbacks.
'use strict';

const { binding, isAnyArrayBuffer } = require('internal/crypto/util');
const { Hash, Hmac } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv } = require('internal/crypto/cipher');
const random = require('internal/crypto/random');
const derive = require('internal/crypto/derive');
const keys = require('internal/crypto/keys');
const { X509Certificate } = require('internal/crypto/x509');
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

function createHash(algorithm, options) { return new Hash(algorithm, options); }
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }
function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}
function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// The one-shot form: crypto.hash('sha1', data[, outputEncoding = 'hex']).
function hash(algorithm, data, outputEncoding = 'hex') {
  return new Hash(algorithm).update(data).digest(outputEncoding);
}

function timingSafeEqual(buf1, buf2) {
  const check = (value, name) => {
    if (!isAnyArrayBuffer(value) && !ArrayBuffer.isView(value)) {
      // Node's message here names no received value (its check is native).
      const error = new ERR_INVALID_ARG_TYPE(
        name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
      const message = error.message.replace(/ Received [^]*$/, '');
      error.stack = error.stack.replace(error.message, message);
      error.message = message;
      throw error;
    }
  };
  check(buf1, 'buf1');
  check(buf2, 'buf2');
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

let hashes;
let ciphers;
function getHashes() { return (hashes ??= binding.getHashes()).slice(); }
function getCiphers() { return (ciphers ??= binding.getCiphers()).slice(); }

// getCipherInfo(nameOrNid[, { keyLength, ivLength }])
function getCipherInfo(name, options) {
  const info = binding.getCipherInfo(String(name));
  if (info === undefined) return undefined;
  const result = { mode: info.mode, name: info.name.toLowerCase(), nid: info.nid };
  if (info.mode !== 'stream') result.blockSize = info.blockSize;
  if (info.ivLength !== 0) result.ivLength = info.ivLength;
  result.keyLength = info.keyLength;
  if (options?.keyLength !== undefined && options.keyLength !== info.keyLength &&
      !info.variableKeyLength) {
    return undefined;
  }
  return result;
}

// The Web Crypto object: globalThis.crypto and crypto.webcrypto. Only its
// random half is here; crypto.subtle is not.
class Crypto {
  getRandomValues(array) { return random.getRandomValues(array); }
  randomUUID() { return random.randomUUID(); }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}
const webcrypto = new Crypto();

module.exports = {
  createHash, createHmac, createCipheriv, createDecipheriv, hash,
  Hash, Hmac, Cipheriv, Decipheriv,
  getHashes, getCiphers, getCipherInfo, timingSafeEqual,
  getRandomValues: random.getRandomValues,
  randomBytes: random.randomBytes,
  pseudoRandomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  pbkdf2: derive.pbkdf2,
  pbkdf2Sync: derive.pbkdf2Sync,
  scrypt: derive.scrypt,
  scryptSync: derive.scryptSync,
  hkdf: derive.hkdf,
  hkdfSync: derive.hkdfSync,
  webcrypto,
  KeyObject: keys.KeyObject,
  X509Certificate,
  createSecretKey: keys.createSecretKey,
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  sign: keys.sign,
  verify: keys.verify,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  Sign: keys.Sign,
  Verify: keys.Verify,
  constants: {
    RSA_PKCS1_PADDING: 1,
    RSA_NO_PADDING: 3,
    RSA_PKCS1_OAEP_PADDING: 4,
    RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1,
    RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2,
  },
};
