'use strict';
// What a TLSSocket tells about its connection before, during and after it:
// before the handshake no cipher and no reused session; once secure the
// protocol, cipher, session and (no SNI sent) servername false; once closed
// every such answer is null.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), (socket) => socket.end());
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() });
  assert.strictEqual(c.getCipher(), undefined);
  assert.strictEqual(c.isSessionReused(), false);
  c.on('secureConnect', common.mustCall(() => {
    assert.strictEqual(c.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(Object.keys(c.getCipher()).sort(), ['name', 'standardName', 'version']);
    assert.strictEqual(c.getCipher().version, 'TLSv1.3');
    assert.ok(Buffer.isBuffer(c.getSession()));
    assert.strictEqual(c.servername, false);
    assert.strictEqual(c.alpnProtocol, false);
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
  }));
  c.resume();
  c.on('close', common.mustCall(() => {
    assert.strictEqual(c.getProtocol(), null);
    assert.strictEqual(c.getCipher(), null);
    assert.strictEqual(c.getSession(), null);
    assert.strictEqual(c.isSessionReused(), null);
    assert.strictEqual(c.getPeerCertificate(), null);
    server.close();
  }));
}));
