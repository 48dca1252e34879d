// tls.createSecureContext(): options -> a native SecureContext (an OpenSSL
// SSL_CTX, 06-http/tls/secure_context.h). (Node: lib/_tls_common.js.)
//
// One context serves many connections: a server makes one from its options
// and every accepted socket's SSL is made from it. A client without
// `secureContext` gets a fresh one per connect().
'use strict';

const { SecureContext: NativeSecureContext } = internalBinding('tls_wrap');
require('internal/tls');  // registers the ERR_TLS_* codes read below
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_TLS_INVALID_PROTOCOL_VERSION } } = require('internal/errors');

const DEFAULT_CIPHERS =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
  'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:' +
  '!PSK:!SRP:!CAMELLIA';

const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function toArray(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function checkVersion(version, name) {
  if (version !== undefined && !kVersions.includes(version)) {
    throw new ERR_TLS_INVALID_PROTOCOL_VERSION(version, name);
  }
}

function SecureContext(options) {
  if (!(this instanceof SecureContext)) return new SecureContext(options);
  const minVersion = options.minVersion;
  const maxVersion = options.maxVersion;
  checkVersion(minVersion, 'minimum');
  checkVersion(maxVersion, 'maximum');
  this.context = new NativeSecureContext();
  this.context.init(minVersion || 'TLSv1.2', maxVersion || 'TLSv1.3');
}

function createSecureContext(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const c = new SecureContext(options);
  const context = c.context;

  const cas = toArray(options.ca);
  if (cas.length > 0) {
    for (const ca of cas) context.addCACert(ca);
  } else {
    context.addRootCerts();
  }
  for (const cert of toArray(options.cert)) context.setCert(cert);
  for (const key of toArray(options.key)) {
    if (key && typeof key === 'object' && !ArrayBuffer.isView(key)) {
      context.setKey(key.pem, key.passphrase ?? options.passphrase);
    } else {
      context.setKey(key, options.passphrase);
    }
  }

  // `pfx`: a PKCS#12 bundle, or a list of them, each may carry its own
  // passphrase ({ buf, passphrase }).
  for (const pfx of toArray(options.pfx)) {
    if (pfx && typeof pfx === 'object' && !ArrayBuffer.isView(pfx)) {
      context.loadPKCS12(pfx.buf, pfx.passphrase ?? options.passphrase);
    } else {
      context.loadPKCS12(pfx, options.passphrase);
    }
  }

  // One option names both kinds: TLS 1.3's suites start with TLS_, the
  // rest is TLS 1.2's cipher list. An empty kind turns its version off.
  const ciphers = options.ciphers || DEFAULT_CIPHERS;
  const names = ciphers.split(':');
  const suites = names.filter((name) => name.startsWith('TLS_')).join(':');
  const list = names.filter((name) => !name.startsWith('TLS_')).join(':');
  if (suites === '' && list === '') {
    throw new ERR_INVALID_ARG_VALUE('options.ciphers', ciphers);
  }
  context.setCipherSuites(suites);
  if (list !== '') context.setCiphers(list);
  if (suites === '' && (options.maxVersion === undefined || options.maxVersion === 'TLSv1.3')) {
    context.init('', 'TLSv1.2');
  }
  if (list === '') context.init('TLSv1.3', '');

  if (options.sessionTimeout !== undefined) context.setSessionTimeout(options.sessionTimeout);
  return c;
}

// ALPN's wire format: each protocol name preceded by its length.
function alpnWire(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (ArrayBuffer.isView(protocols)) return protocols;
  const { Buffer } = require('buffer');
  const parts = [];
  for (const name of protocols) {
    const bytes = Buffer.from(name);
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  return Buffer.concat(parts);
}

module.exports = { SecureContext, createSecureContext, alpnWire, DEFAULT_CIPHERS };
