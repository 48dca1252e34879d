'use strict';
// getPeerX509Certificate(): the peer's certificate as a
// crypto.X509Certificate, checkable with its methods; a server that asked
// for no client certificate has none (undefined).
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const { X509Certificate } = require('crypto');
const tls = require('tls');

const ca = new X509Certificate(certs.ca());
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  assert.strictEqual(socket.getPeerX509Certificate(), undefined);
  socket.end();
}));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                        common.mustCall(() => {
                          const plain = c.getPeerCertificate();
                          const x509 = c.getPeerX509Certificate();
                          assert.ok(x509 instanceof X509Certificate);
                          assert.strictEqual(x509.checkHost('localhost'), 'localhost');
                          assert.strictEqual(x509.checkIssued(ca), true);
                          assert.strictEqual(x509.verify(ca.publicKey), true);
                          assert.strictEqual(x509.fingerprint256, plain.fingerprint256);
                          assert.deepStrictEqual(x509.raw, plain.raw);
                        }));
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));
