// `tls`: TLS and SSL over OpenSSL. (Node: lib/tls.js.)
//
// Read in this order:
//   _tls_common.js   createSecureContext(): options -> an SSL_CTX
//   _tls_wrap.js     TLSSocket (a stream over a socket), Server, connect()
//   internal/tls.js  the error codes and checkServerIdentity()
// The SSL itself is C++: internalBinding('tls_wrap') (06-http/tls/).
'use strict';

const { createSecureContext, DEFAULT_CIPHERS } = require('_tls_common');
const { TLSSocket, Server, createServer, connect, SecureContext } = require('_tls_wrap');
const { checkServerIdentity } = require('internal/tls');
const { getRootCertificates } = internalBinding('tls_wrap');

let rootCertificates;

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  get rootCertificates() {
    if (rootCertificates === undefined) rootCertificates = Object.freeze(getRootCertificates());
    return rootCertificates;
  },
  SecureContext,
  Server,
  TLSSocket,
};
