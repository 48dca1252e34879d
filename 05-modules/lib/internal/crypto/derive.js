// Key derivation: pbkdf2, scrypt and hkdf, each with a *Sync form.
// (Node: lib/internal/crypto/pbkdf2.js, scrypt.js, hkdf.js.)
//
// These are slow on purpose (a password hash must be costly to guess), so
// the async forms are Jobs on stage 03's thread pool: the loop keeps running
// while a worker thread spends its 50 ms in OpenSSL. pbkdf2 is stage 03's own
// job (internalBinding('pool_crypto')); scrypt and hkdf are this stage's
// (internalBinding('crypto')). JS reads the options and throws Node's errors
// before any work is queued.
'use strict';

const { binding, Buffer, getArrayBufferOrView } = require('internal/crypto/util');
const { validateFunction, validateNumber, validateString } = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const poolCrypto = internalBinding('pool_crypto');
const kMaxInt32 = 2 ** 31 - 1;

function validateInt32(value, name, min = -(2 ** 31), max = kMaxInt32) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function asBuffer(bytes) { return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length); }

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  validateFunction(callback, 'callback');
  poolCrypto.pbkdf2(password, salt, iterations, keylen, digest, (error, key) => {
    if (error) callback(error);
    else callback(null, asBuffer(key));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return asBuffer(poolCrypto.pbkdf2Sync(password, salt, iterations, keylen, digest));
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// The options of scrypt with their aliases (cost, blockSize,
// parallelization), checked by OpenSSL itself before the job starts.
function scryptParams(options) {
  const params = { ...kScryptDefaults };
  if (options && options !== kScryptDefaults) {
    const pick = (name, alias) => {
      const has = options[name] !== undefined;
      const hasAlias = options[alias] !== undefined;
      if (has && hasAlias) {
        throw new ERR_INVALID_ARG_TYPE(`options.${name}`, 'undefined', options[name]);
      }
      const value = has ? options[name] : options[alias];
      if (value === undefined) return;
      validateNumber(value, `options.${has ? name : alias}`, 0);
      params[name] = value;
    };
    pick('N', 'cost');
    pick('r', 'blockSize');
    pick('p', 'parallelization');
    if (options.maxmem !== undefined) {
      validateNumber(options.maxmem, 'options.maxmem', 0);
      params.maxmem = options.maxmem;
    }
  }
  const reason = binding.checkScrypt(params.N, params.r, params.p, params.maxmem);
  if (reason !== undefined) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(reason);
  return params;
}

function scryptArguments(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const { N, r, p, maxmem } = scryptParams(options);
  return [password, salt, keylen, N, r, p, maxmem];
}

function scrypt(password, salt, keylen, options, callback = undefined) {
  if (typeof options === 'function') {
    callback = options;
    options = kScryptDefaults;
  }
  const args = scryptArguments(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, (error, key) => {
    if (error) callback(error);
    else callback(null, asBuffer(key));
  });
}

function scryptSync(password, salt, keylen, options = kScryptDefaults) {
  return asBuffer(binding.scrypt(...scryptArguments(password, salt, keylen, options)));
}

function digestSize(digest) {
  try {
    return new binding.Hash(digest).digest().length;
  } catch {
    throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  }
}

function hkdfArguments(digest, key, salt, info, keylen) {
  validateString(digest, 'digest');
  if (key !== null && typeof key === 'object' && key.type === 'secret' &&
      typeof key.export === 'function') {
    key = key.export();
  }
  key = getArrayBufferOrView(key, 'ikm');
  salt = getArrayBufferOrView(salt, 'salt');
  info = getArrayBufferOrView(info, 'info');
  validateInt32(keylen, 'length', 0);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  if (keylen > 255 * digestSize(digest)) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, key, salt, info, keylen];
}

// hkdf's key is an ArrayBuffer, not a Buffer (as in Node).
function toArrayBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function hkdf(digest, key, salt, info, keylen, callback) {
  const args = hkdfArguments(digest, key, salt, info, keylen);
  validateFunction(callback, 'callback');
  binding.hkdf(...args, (error, bytes) => {
    if (error) callback(error);
    else callback(null, toArrayBuffer(bytes));
  });
}

function hkdfSync(digest, key, salt, info, keylen) {
  return toArrayBuffer(binding.hkdf(...hkdfArguments(digest, key, salt, info, keylen)));
}

module.exports = { hkdf, hkdfSync, pbkdf2, pbkdf2Sync, scrypt, scryptSync };
