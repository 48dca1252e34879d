'use strict';
// allowHalfOpen: the server reads the client's FIN ('end') and can still
// write; the client, half open too, reads that after its own end().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.writable, true);
    assert.strictEqual(socket.readyState, 'writeOnly');
    socket.end('after FIN');
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                               allowHalfOpen: true }, common.mustCall(() => client.end()));
  client.on('finish', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  client.setEncoding('utf8');
  let text = '';
  client.on('data', (chunk) => { text += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'after FIN');
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
