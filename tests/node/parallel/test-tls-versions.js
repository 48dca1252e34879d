'use strict';
// minVersion/maxVersion: a TLS 1.2-only server and a default client agree on
// TLSv1.2; a client that insists on TLSv1.3 fails with the peer's alert; a
// version name that does not exist is a TypeError.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

assert.throws(() => tls.createSecureContext({ maxVersion: 'TLSv2' }),
              { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError' });
const server = tls.createServer({ ...certs.server(), maxVersion: 'TLSv1.2' }, (s) => s.end());
server.on('tlsClientError', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SSL_UNSUPPORTED_PROTOCOL');
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', ca: certs.ca() }, common.mustCall(() => {
    assert.strictEqual(c.getProtocol(), 'TLSv1.2');
    assert.strictEqual(c.getCipher().version, 'TLSv1.2');
    c.end();
    tls.connect({ port, host: 'localhost', ca: certs.ca(), minVersion: 'TLSv1.3' },
                common.mustNotCall())
      .on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
        server.close();
      }));
  }));
}));
