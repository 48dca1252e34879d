'use strict';
// An unref'd listening server with no connections does not keep the
// process alive: the program ends by itself; ref() after unref() and
// unref() before listen() are remembered.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustNotCall());
assert.strictEqual(server.unref(), server);
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  assert.strictEqual(server.ref(), server);
  server.unref();
}));
process.on('exit', () => assert.strictEqual(server.listening, true));
