'use strict';
// A request and its response share one socket: req.socket, res.socket and
// the legacy aliases req.connection and res.connection are the same
// net.Socket, the one 'connection' gave; after the response is done
// res.socket is null (the socket moves on to the next request).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let connected;
const server = http.createServer(common.mustCall((req, res) => {
  assert.ok(req.socket instanceof net.Socket);
  assert.strictEqual(req.socket, connected);
  assert.strictEqual(res.socket, connected);
  assert.strictEqual(req.connection, connected);
  assert.strictEqual(res.connection, connected);
  assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');
  res.on('finish', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.strictEqual(res.socket, null);
      assert.strictEqual(req.socket, connected);  // the request keeps it
      server.close();
    }));
  }));
  res.end();
}));
server.on('connection', common.mustCall((socket) => { connected = socket; }));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    res.resume();
  }));
}));
