'use strict';
// Ports are checked before anything happens: ERR_SOCKET_BAD_PORT for
// numbers out of range and non-numeric strings, ERR_INVALID_ARG_TYPE for
// other types, in connect() and in listen().
require('../common');
const assert = require('assert');
const net = require('net');

for (const port of [-1, 65536, 1.5, NaN, 'abc', ' ']) {
  assert.throws(() => net.connect({ port, host: '127.0.0.1' }), {
    code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  });
  assert.throws(() => net.createServer().listen({ port, host: '127.0.0.1' }), {
    code: 'ERR_SOCKET_BAD_PORT',
  });
}
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer().listen({ host: '127.0.0.1' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => net.connect({ port: 80, localAddress: 'here' }), {
  code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: here',
});
