'use strict';
// send(buffer, offset, length, ...) sends only that slice; a slice outside
// the buffer is refused with ERR_BUFFER_OUT_OF_BOUNDS.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
const data = Buffer.from('abcdefghij');
assert.throws(() => socket.send(data, 11, 1, 1234, '127.0.0.1'),
              { code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError' });
assert.throws(() => socket.send(data, 8, 5, 1234, '127.0.0.1'),
              { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
socket.on('message', common.mustCall((message) => {
  assert.strictEqual(message.toString(), 'cdef');
  socket.close();
}));
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  socket.send(data, 2, 4, socket.address().port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 4);
  }));
}));
