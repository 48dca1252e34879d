'use strict';
// A connected socket sends without an address, names its peer with
// remoteAddress(), and forgets it with disconnect().
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('hello', common.mustSucceed());
  }));
}));
server.on('message', common.mustCall((message, rinfo) => {
  assert.strictEqual(message.toString(), 'hello');
  assert.strictEqual(rinfo.port, client.address().port);
  client.disconnect();
  assert.throws(() => client.remoteAddress(),
                { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
  client.close();
  server.close();
}));
