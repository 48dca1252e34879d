'use strict';
// A TLSSocket is a net.Socket: the prototype chain, instanceof on both
// ends, the socket getters (remotePort, localAddress, readyState), and
// writes corked together arrive whole and in order.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

assert.strictEqual(Object.getPrototypeOf(tls.TLSSocket.prototype), net.Socket.prototype);
assert.strictEqual(Object.getPrototypeOf(tls.TLSSocket), net.Socket);

const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  assert.ok(socket instanceof tls.TLSSocket);
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.readyState, 'open');
  assert.strictEqual(typeof socket.remotePort, 'number');
  socket.cork();
  socket.write('a');
  socket.write(Buffer.from('b'));
  socket.write('c', 'latin1');
  socket.uncork();
  socket.end('d');
}));
server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                             common.mustCall(() => {
                               assert.ok(client instanceof net.Socket);
                               assert.strictEqual(client.readyState, 'open');
                               assert.strictEqual(client.localAddress, '127.0.0.1');
                               assert.strictEqual(client.remotePort, server.address().port);
                               assert.strictEqual(client.authorized, true);
                             }));
  let text = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { text += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'abcd');
    assert.strictEqual(client.readyState, 'writeOnly');
  }));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'closed');
    server.close();
  }));
}));
