// crypto.createCipheriv and crypto.createDecipheriv: one OpenSSL cipher
// context each, fed by update() and closed by final(); Transform streams too.
// (Node: lib/internal/crypto/cipher.js.)
//
// JS checks what Node checks before OpenSSL sees anything: a cipher name
// OpenSSL knows (getCipherInfo), a key of its length, an IV of its length
// (an AEAD mode such as GCM takes other IV lengths), a valid tag length.
// OpenSSL does the rest on the loop thread. For an AEAD mode the tag is the
// point: encryption computes it in final() (getAuthTag), decryption checks
// it in final() (setAuthTag first), and a mismatch is the one error Node
// words as "Unsupported state or unable to authenticate data".
'use strict';

const {
  binding, LazyTransform, linkLazyTransform, dataToBytes, encode, getArrayBufferOrView,
  prepareSecretKey,
} = require('internal/crypto/util');
const { validateString } = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG, ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_UNKNOWN_CIPHER,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function byteLength(bytes) { return bytes.byteLength; }

// GCM's tags may be 4, 8 or 12..16 bytes; the other AEAD modes 4..16.
function validTagLength(mode, length) {
  if (mode === 'gcm') return length === 4 || length === 8 || (length >= 12 && length <= 16);
  return length >= 1 && length <= 16;
}

function CipherBase(encrypt, cipher, key, iv, options) {
  linkLazyTransform();
  validateString(cipher, 'cipher');
  const keyBytes = prepareSecretKey(key);
  const ivBytes = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const info = binding.getCipherInfo(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (byteLength(keyBytes) !== info.keyLength && !info.variableKeyLength) {
    throw new ERR_CRYPTO_INVALID_KEYLEN();
  }
  const ivLength = ivBytes === null ? 0 : byteLength(ivBytes);
  if (info.aead) {
    const most = info.mode === 'stream' ? 12 : (info.mode === 'ocb' ? 15 : Infinity);
    if (ivLength === 0 || ivLength > most) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivLength !== info.ivLength) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  let authTagLength = 16;
  if (info.aead && options?.authTagLength !== undefined) {
    authTagLength = options.authTagLength;
    if (!validTagLength(info.mode, authTagLength)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${authTagLength}`);
    }
  }
  this[kHandle] = new binding.Cipher(cipher, keyBytes, ivBytes ?? new Uint8Array(0),
                                     encrypt, authTagLength);
  this[kState] = { info, authTagLength, final: false, decoder: null, tagSet: false };
  LazyTransform.call(this, options);
}

function decoderFor(self, encoding) {
  const state = self[kState];
  if (!state.decoder || state.decoder.encoding !== encoding) {
    const { StringDecoder } = require('string_decoder');
    state.decoder = new StringDecoder(encoding);
    state.decoder.encoding = encoding;
  }
  return state.decoder;
}

// Bytes out, or text through a StringDecoder, so that a character split
// between two updates comes out whole.
function output(self, bytes, encoding, last) {
  if (!encoding || encoding === 'buffer') return encode(bytes);
  const decoder = decoderFor(self, encoding);
  const text = decoder.write(encode(bytes));
  return last ? text + decoder.end() : text;
}

function update(data, inputEncoding, outputEncoding) {
  if (this[kState].final) throw new Error('Trying to add data in unsupported state');
  const bytes = dataToBytes(data, inputEncoding);
  return output(this, this[kHandle].update(bytes), outputEncoding, false);
}

function final(outputEncoding) {
  if (this[kState].final) throw new ERR_CRYPTO_INVALID_STATE();
  this[kState].final = true;
  return output(this, this[kHandle].final(), outputEncoding, true);
}

function setAAD(aadbuf, options) {
  if (this[kState].final) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  const bytes = getArrayBufferOrView(aadbuf, 'buffer', options?.encoding);
  if (!this[kHandle].setAAD(bytes)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function setAutoPadding(autoPadding = true) {
  if (this[kState].final) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  this[kHandle].setAutoPadding(!!autoPadding);
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this[kHandle].update(dataToBytes(chunk, encoding)));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (error) {
    callback(error);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  CipherBase.call(this, true, cipher, key, iv, options);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.assign(Cipheriv.prototype, { update, final, setAAD, setAutoPadding, _transform, _flush });

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this[kState].final ? this[kHandle].getAuthTag() : undefined;
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return encode(tag);
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  CipherBase.call(this, false, cipher, key, iv, options);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.assign(Decipheriv.prototype, { update, final, setAAD, setAutoPadding, _transform, _flush });

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!state.info.aead || state.final || state.tagSet) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  const length = byteLength(tag);
  if (!validTagLength(state.info.mode, length) ||
      (state.authTagLength !== 16 && length !== state.authTagLength)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${length}`);
  }
  if (!this[kHandle].setAuthTag(tag)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  state.tagSet = true;
  return this;
};

module.exports = { Cipheriv, Decipheriv };
