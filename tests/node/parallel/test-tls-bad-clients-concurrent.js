'use strict';
// Several broken clients at once (garbage, a cut handshake, an immediate
// hang-up, plain HTTP) while good ones connect: every bad one is a
// 'tlsClientError', every good one is served, and server.close() calls back,
// so no connection was left behind.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const GOOD = 4;
const bad = [
  Buffer.alloc(100, 0xff),
  Buffer.from([0x16, 0x03, 0x01, 0x00, 0x40, 0x01]),
  Buffer.alloc(0),
  Buffer.from('POST / HTTP/1.1\r\nHost: x\r\n\r\n'),
];
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  socket.end('good');
}, GOOD));
const codes = [];
server.on('tlsClientError', common.mustCall((err) => codes.push(err.code), bad.length));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let left = bad.length + GOOD;
  const done = () => {
    if (--left > 0) return;
    codes.sort();
    assert.strictEqual(codes.length, bad.length);
    for (const code of codes) assert.match(code, /^(ECONNRESET|ERR_SSL_[A-Z_]+)$/);
    server.close(common.mustCall());
  };
  for (const bytes of bad) {
    const raw = net.connect(port, () => raw.end(bytes));
    raw.resume();
    raw.on('error', () => {});
    raw.on('close', done);
  }
  for (let i = 0; i < GOOD; i++) {
    const c = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    let text = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { text += d; });
    c.on('close', common.mustCall(() => {
      assert.strictEqual(text, 'good');
      done();
    }));
  }
}));
