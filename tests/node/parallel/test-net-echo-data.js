'use strict';
// A round trip: what the client writes (strings in several encodings and
// buffers) comes back whole from an echo server; byte counters agree.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.pipe(socket);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  client.on('data', (chunk) => parts.push(chunk));
  client.on('end', common.mustCall(() => {
    const text = Buffer.concat(parts).toString('latin1');
    assert.strictEqual(text, 'abc\u00e9\u00c3\u00a9\u00ff\x00\x01xyz');
    assert.strictEqual(client.bytesRead, 12);
    assert.strictEqual(client.bytesWritten, 12);
    server.close();
  }));
  client.write('abc');
  client.write('\u00e9', 'latin1');
  client.write('c3a9', 'hex');  // an e-acute in UTF-8: two bytes
  client.write(Buffer.from([0xff, 0, 1]));
  client.end('xyz', 'ascii');
}));
