'use strict';
// setTimeout: 'timeout' on an idle socket, which stays open; the callback
// form; setTimeout(0) removes the timer; bad durations throw.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => new net.Socket().setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket().setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket().setTimeout(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const result = client.setTimeout(10, common.mustCall(() => {
    assert.strictEqual(client.destroyed, false);
    client.setTimeout(0);
    assert.strictEqual(client.timeout, 0);
    setTimeout(common.mustCall(() => client.destroy()), 50);
  }));
  assert.strictEqual(result, client);
  client.on('close', common.mustCall(() => server.close()));
}));
