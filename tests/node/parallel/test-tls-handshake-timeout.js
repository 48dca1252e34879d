'use strict';
// A client that connects and never sends a ClientHello is dropped after
// handshakeTimeout, reported as 'tlsClientError' ERR_TLS_HANDSHAKE_TIMEOUT.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const server = tls.createServer({ ...certs.server(), handshakeTimeout: 200 }, common.mustNotCall());
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
  assert.strictEqual(err.message, 'TLS handshake timeout');
  socket.destroy();  // Node leaves a timed-out socket to the listener
}));
server.listen(0, common.mustCall(() => {
  const silent = net.connect(server.address().port);
  silent.resume();
  silent.on('close', common.mustCall(() => server.close()));
}));
