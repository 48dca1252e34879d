'use strict';
// A client that sends the start of a ClientHello and then stalls is dropped
// after handshakeTimeout ('tlsClientError' ERR_TLS_HANDSHAKE_TIMEOUT), the
// same as one that sends nothing; a client that completes in time is served.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const server = tls.createServer({ ...certs.server(), handshakeTimeout: 300 },
                                common.mustCall((socket) => socket.end('in time')));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
  socket.destroy();
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const stalled = net.connect(port, common.mustCall(() => {
    stalled.write(Buffer.from([0x16, 0x03, 0x01, 0x01, 0x00, 0x01]));
  }));
  stalled.resume();
  stalled.on('close', common.mustCall(() => {
    const good = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    good.setEncoding('utf8');
    good.on('data', common.mustCall((d) => assert.strictEqual(d, 'in time')));
    good.on('close', common.mustCall(() => server.close(common.mustCall())));
  }));
}));
