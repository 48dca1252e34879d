// KeyObject and the functions that make and use keys: createSecretKey,
// createPublicKey, createPrivateKey, generateKeyPair(Sync), sign/verify and
// createSign/createVerify. (Node: lib/internal/crypto/keys.js, keygen.js,
// sig.js.)
//
// A KeyObject is a JS face over a native KeyHandle (an OpenSSL EVP_PKEY,
// 05-modules/crypto/keys.cc), or, for a secret key, over a copy of its
// bytes. A key pair shares one handle: the public KeyObject only ever asks
// the handle for its public half. Key generation is a Job on the thread pool
// (an RSA key takes a prime search); it hands back PKCS #8 bytes that are
// read into a handle here, on the loop thread.
'use strict';

const { binding, Buffer, getArrayBufferOrView } = require('internal/crypto/util');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kType = Symbol('kType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    this[kType] = type;
    this[kHandle] = handle;
  }

  get type() { return this[kType]; }

  get asymmetricKeyType() {
    return this[kType] === 'secret' ? undefined : this[kHandle].type();
  }

  get asymmetricKeyDetails() {
    return this[kType] === 'secret' ? undefined : { ...this[kHandle].details() };
  }

  get symmetricKeySize() {
    return this[kType] === 'secret' ? this[kHandle].length : undefined;
  }

  export(options) {
    if (this[kType] === 'secret') {
      if (options?.format === 'jwk') {
        return { kty: 'oct', k: this[kHandle].toString('base64url') };
      }
      return Buffer.from(this[kHandle]);
    }
    validateObject(options, 'options');
    const format = options.format ?? 'pem';
    if (format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    const isPrivate = this[kType] === 'private';
    const type = options?.type;
    const allowed = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    let cipher;
    let passphrase;
    if (isPrivate && options.cipher !== undefined) {
      validateString(options.cipher, 'options.cipher');
      cipher = options.cipher;
      passphrase = getArrayBufferOrView(options.passphrase ?? '', 'options.passphrase');
    }
    const out = this[kHandle].export(isPrivate ? 'private' : 'public', format, type, cipher,
                                     passphrase);
    return format === 'pem' ? out : Buffer.from(out.buffer, out.byteOffset, out.length);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const other = otherKeyObject[kHandle];
      return other.length === this[kHandle].length && binding.timingSafeEqual(this[kHandle], other);
    }
    return this[kHandle].equals(otherKeyObject[kHandle]);
  }

  get [Symbol.toStringTag]() { return 'KeyObject'; }
}

function createSecretKey(key, encoding) {
  const bytes = getArrayBufferOrView(key, 'key', encoding);
  const copy = Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) :
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return new KeyObject('secret', copy);
}

// A key given as PEM text, DER bytes, or { key, format, type, passphrase }.
function readKey(key, kind) {
  let format = 'pem';
  let passphrase;
  let data = key;
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) &&
      !(key instanceof ArrayBuffer)) {
    data = key.key;
    if (key.format !== undefined) format = key.format;
    if (key.passphrase !== undefined) {
      passphrase = getArrayBufferOrView(key.passphrase, 'key.passphrase');
    }
  }
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('key.format', format);
  }
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const handle = new binding.KeyHandle();
  handle.init(getArrayBufferOrView(data, 'key'), format, kind, passphrase);
  return handle;
}

function createPrivateKey(key) {
  if (key instanceof KeyObject) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new KeyObject('private', readKey(key, 'private'));
}

function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return new KeyObject('public', key[kHandle]);
  }
  return new KeyObject('public', readKey(key, 'public'));
}

// A KeyObject from what sign() and verify() accept.
function keyFor(key, kind) {
  if (key instanceof KeyObject) return key;
  if (key !== null && typeof key === 'object' && key.key instanceof KeyObject) return key.key;
  return kind === 'private' ? createPrivateKey(key) : createPublicKey(key);
}

const kKeyTypes = ['rsa', 'ec', 'ed25519', 'ed448'];

function keyPairArguments(type, options) {
  validateString(type, 'type');
  if (!kKeyTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (options !== undefined) validateObject(options, 'options');
  if (type === 'rsa') {
    const bits = options?.modulusLength;
    if (typeof bits !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.modulusLength', 'number', bits);
    }
    return [type, bits, options.publicExponent ?? 0x10001, undefined];
  }
  if (type === 'ec') {
    const curve = options?.namedCurve;
    validateString(curve, 'options.namedCurve');
    return [type, undefined, undefined, curve];
  }
  return [type, undefined, undefined, undefined];
}

// The pair, as KeyObjects, or encoded as publicKeyEncoding and
// privateKeyEncoding ask.
function keyPair(der, options) {
  const handle = new binding.KeyHandle();
  handle.init(der, 'der', 'private');
  const publicKey = new KeyObject('public', handle);
  const privateKey = new KeyObject('private', handle);
  return {
    publicKey: options?.publicKeyEncoding ? publicKey.export(options.publicKeyEncoding) : publicKey,
    privateKey: options?.privateKeyEncoding ?
      privateKey.export(options.privateKeyEncoding) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  return keyPair(binding.generateKeyPair(...keyPairArguments(type, options)), options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const args = keyPairArguments(type, options);
  binding.generateKeyPair(...args, (error, der) => {
    if (error) return callback(error);
    let pair;
    try {
      pair = keyPair(der, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

function signOptions(key) {
  const padding = key?.padding;
  const saltLength = key?.saltLength;
  return [padding, saltLength];
}

function dataBytes(data, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data);
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  const bytes = dataBytes(data);
  const keyObject = keyFor(key, 'private');
  const out = binding.sign(keyObject[kHandle], algorithm ?? undefined, bytes, ...signOptions(key));
  const signature = Buffer.from(out.buffer, out.byteOffset, out.length);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, signature);
    return;
  }
  return signature;
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  const bytes = dataBytes(data);
  const keyObject = keyFor(key, 'public');
  const sig = dataBytes(signature, 'signature');
  const result = binding.verify(keyObject[kHandle], algorithm ?? undefined, bytes, sig,
                                ...signOptions(key));
  if (typeof callback === 'function') {
    process.nextTick(callback, null, result);
    return;
  }
  return result;
}

// createSign/createVerify: the data is gathered, then signed in one shot
// (OpenSSL's EVP_DigestSign hashes it).
class Sign {
  constructor(algorithm) {
    validateString(algorithm, 'algorithm');
    this.algorithm = algorithm;
    this.chunks = [];
  }

  update(data, encoding) {
    this.chunks.push(typeof data === 'string' ? Buffer.from(data, encoding) : dataBytes(data));
    return this;
  }

  sign(privateKey, outputEncoding) {
    const signature = sign(this.algorithm, Buffer.concat(this.chunks), privateKey);
    return outputEncoding && outputEncoding !== 'buffer' ?
      signature.toString(outputEncoding) : signature;
  }
}

class Verify {
  constructor(algorithm) {
    validateString(algorithm, 'algorithm');
    this.algorithm = algorithm;
    this.chunks = [];
  }

  update(data, encoding) {
    this.chunks.push(typeof data === 'string' ? Buffer.from(data, encoding) : dataBytes(data));
    return this;
  }

  verify(object, signature, signatureEncoding) {
    const sig = typeof signature === 'string' ? Buffer.from(signature, signatureEncoding) :
      signature;
    return verify(this.algorithm, Buffer.concat(this.chunks), object, sig);
  }
}

module.exports = {
  KeyObject, createPrivateKey, createPublicKey, createSecretKey, generateKeyPair,
  generateKeyPairSync, sign, verify, Sign, Verify,
  createSign: (algorithm) => new Sign(algorithm),
  createVerify: (algorithm) => new Verify(algorithm),
};
