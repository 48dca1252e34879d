'use strict';
// A client that starts a ClientHello and hangs up in the middle of the
// record: the server reports 'tlsClientError' (ECONNRESET, 'socket hang
// up': the peer went before the handshake was done), holds no connection afterwards, and
// serves the next client.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => socket.end('ok')));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message, 'socket hang up');
  assert.ok(socket instanceof tls.TLSSocket);
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  // A handshake record header that promises 512 bytes, then 5 of them.
  const raw = net.connect(port, common.mustCall(() => {
    raw.end(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03]));
  }));
  raw.resume();
  raw.on('close', common.mustCall(() => {
    const c = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    c.setEncoding('utf8');
    c.on('data', common.mustCall((d) => assert.strictEqual(d, 'ok')));
    c.on('close', common.mustCall(() => {
      // close() calls back only once every connection is gone: a socket
      // leaked by the cut handshake would keep it (and the test) waiting.
      server.close(common.mustCall());
    }));
  }));
}));
