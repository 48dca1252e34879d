'use strict';
// A socket binds once: a second bind() throws, even while the first is
// still looking up its address.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.bind(0, 'localhost', common.mustCall(() => {
  assert.throws(() => socket.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });
  socket.close();
}));
assert.throws(() => socket.bind(0), {
  code: 'ERR_SOCKET_ALREADY_BOUND',
  name: 'Error',
  message: 'Socket is already bound',
});
