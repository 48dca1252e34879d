'use strict';
// Garbage on the TLS port is a 'tlsClientError' with OpenSSL's reason as the
// code, and the server goes on to serve the next, proper client.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => socket.end('ok')));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
  assert.strictEqual(socket.encrypted, true);
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const raw = net.connect(port, common.mustCall(() => raw.write(Buffer.alloc(64, 0x41))));
  raw.resume();
  raw.on('close', common.mustCall(() => {
    const c = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    c.setEncoding('utf8');
    c.on('data', common.mustCall((d) => assert.strictEqual(d, 'ok')));
    c.on('close', common.mustCall(() => server.close()));
  }));
}));
