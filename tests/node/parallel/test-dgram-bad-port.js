'use strict';
// Ports are checked before anything is sent or connected: 0 is refused
// there, and the message names the value by its type.
require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
const cases = [
  [-1, 'type number (-1)'],
  [65536, 'type number (65536)'],
  [0, 'type number (0)'],
  ['', "type string ('')"],
  [null, 'null'],
  [undefined, 'undefined'],
  [[], 'an instance of Array'],
];
for (const [port, received] of cases) {
  const expected = {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: `Port should be > 0 and < 65536. Received ${received}.`,
  };
  assert.throws(() => socket.send('x', port, '127.0.0.1'), expected);
  assert.throws(() => socket.connect(port, '127.0.0.1'), expected);
}
socket.close();
