'use strict';
// ALPN: the server picks its first protocol that the client offers; both
// sides see the choice in alpnProtocol.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ ...certs.server(), ALPNProtocols: ['h2', 'http/1.1'] },
                                common.mustCall((socket) => {
  assert.strictEqual(socket.alpnProtocol, 'http/1.1');
  socket.end();
}));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca(),
                          ALPNProtocols: ['spdy/1', 'http/1.1'] }, common.mustCall(() => {
    assert.strictEqual(c.alpnProtocol, 'http/1.1');
    c.end();
    server.close();
  }));
}));
