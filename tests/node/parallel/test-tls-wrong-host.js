'use strict';
// A certificate for another name: the chain verifies but the host name does
// not, so the error is ERR_TLS_CERT_ALTNAME_INVALID with reason, host and
// the certificate on it.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ key: certs.read('wronghost.key'),
                                  cert: certs.read('wronghost.pem') }, (socket) => socket.end());
server.on('tlsClientError', () => {});
server.listen(0, common.mustCall(() => {
  tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
              common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
      assert.strictEqual(err.host, 'localhost');
      assert.strictEqual(err.reason,
                         "Host: localhost. is not in the cert's altnames: DNS:wrong.example");
      assert.strictEqual(err.cert.subject.CN, 'wrong.example');
      server.close();
    }));
}));
