'use strict';
// 4 MiB each way through one TLS connection, in writes of varied sizes:
// the bytes and their order survive (a hash of each direction is compared),
// and the reader pausing for a while does not lose anything.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');

const data = crypto.randomBytes(4 * 1024 * 1024);
const digest = crypto.createHash('sha256').update(data).digest('hex');

function sendAll(socket) {
  let offset = 0;
  let size = 1;
  while (offset < data.length) {
    const end = Math.min(offset + size, data.length);
    socket.write(data.subarray(offset, end));
    offset = end;
    size = (size * 7) % 100000 + 1;
  }
  socket.end();
}

function hashOf(socket, callback) {
  const hash = crypto.createHash('sha256');
  let total = 0;
  socket.on('data', (chunk) => {
    hash.update(chunk);
    total += chunk.length;
    if (total > data.length / 2 && total - chunk.length <= data.length / 2) {
      socket.pause();
      setTimeout(() => socket.resume(), 50);
    }
  });
  socket.on('end', () => callback(hash.digest('hex'), total));
}

const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  hashOf(socket, common.mustCall((hex, total) => {
    assert.strictEqual(total, data.length);
    assert.strictEqual(hex, digest);
  }));
  sendAll(socket);
}));
server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                             () => sendAll(client));
  hashOf(client, common.mustCall((hex, total) => {
    assert.strictEqual(total, data.length);
    assert.strictEqual(hex, digest);
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
