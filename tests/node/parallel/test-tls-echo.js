'use strict';
// Bytes written by each side arrive intact at the other, in both directions,
// including one large write that spans many TLS records.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const big = Buffer.alloc(300 * 1024, 'x');
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  socket.pipe(socket);
}));
server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                             common.mustCall(() => {
    client.write('small;');
    client.end(big);
  }));
  const chunks = [];
  client.on('data', (chunk) => chunks.push(chunk));
  client.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, 6 + big.length);
    assert.strictEqual(all.subarray(0, 6).toString(), 'small;');
    assert.ok(all.subarray(6).equals(big));
    server.close();
  }));
}));
