'use strict';
// A server that does not ask for a client certificate: the server socket's
// getPeerCertificate() is an empty object and authorized stays false; a
// client certificate offered anyway is not sent.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.authorized, false);
  socket.end();
}));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca(),
                          key: certs.read('client.key'), cert: certs.read('client.pem') },
                        common.mustCall(() => {
                          assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
                        }));
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));
