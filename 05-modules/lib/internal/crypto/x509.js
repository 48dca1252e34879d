// X509Certificate: a parsed certificate and the questions Node lets a
// script ask it. (Node: lib/internal/crypto/x509.js.) OpenSSL parses and
// answers (05-modules/crypto/x509.cc); this file names the answers.
'use strict';

const { binding, Buffer } = require('internal/crypto/util');
const { KeyObject, createPublicKey } = require('internal/crypto/keys');
const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kHandle = Symbol('kHandle');

function asBuffer(bytes) { return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length); }

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    this[kHandle] = new binding.X509Handle();
    this[kHandle].init(buffer);
  }

  get subject() { return this[kHandle].subject(); }
  get issuer() { return this[kHandle].issuer(); }
  get subjectAltName() { return this[kHandle].subjectAltName(); }
  get validFrom() { return this[kHandle].validFrom(); }
  get validTo() { return this[kHandle].validTo(); }
  get fingerprint() { return this[kHandle].fingerprint('sha1'); }
  get fingerprint256() { return this[kHandle].fingerprint('sha256'); }
  get fingerprint512() { return this[kHandle].fingerprint('sha512'); }
  get serialNumber() { return this[kHandle].serialNumber(); }
  get ca() { return this[kHandle].isCA(); }
  get raw() { return asBuffer(this[kHandle].raw()); }
  get publicKey() {
    return createPublicKey({ key: asBuffer(this[kHandle].publicKeyDer()), format: 'der',
                             type: 'spki' });
  }

  checkHost(name) {
    validateString(name, 'name');
    return this[kHandle].checkHost(name);
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    return this[kHandle].checkIP(ip);
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  verify(publicKey) {
    if (!(publicKey instanceof KeyObject) || publicKey.type !== 'public') {
      throw new ERR_INVALID_ARG_TYPE('publicKey', 'KeyObject', publicKey);
    }
    return this[kHandle].verify(publicKey.export({ type: 'spki', format: 'der' }));
  }

  toString() { return this[kHandle].pem(); }
  toJSON() { return this.toString(); }
}

module.exports = { X509Certificate };
