'use strict';
// server.listen: the callback is a 'listening' listener called with the
// server as `this`; listen() returns the server; 'listening' comes on a
// later tick, never during the call.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
let returned = false;
const result = server.listen(0, '127.0.0.1', common.mustCall(function() {
  assert.ok(returned);
  assert.strictEqual(this, server);
  assert.strictEqual(server.listening, true);
  server.close(common.mustCall());
}));
assert.strictEqual(result, server);
assert.strictEqual(server.listening, false);
returned = true;
