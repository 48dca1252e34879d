'use strict';
// Writes made while the socket is still connecting wait for the
// connection, then go out in order; their callbacks are called.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => { text += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'one two three');
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  client.write('one ', common.mustSucceed());
  client.write('two ', common.mustSucceed());
  client.end('three');
}));
