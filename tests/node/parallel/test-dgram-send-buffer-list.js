'use strict';
// send() with an array of Buffers, typed arrays and strings sends them as
// one datagram, in order.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
receiver.on('message', common.mustCall((message, rinfo) => {
  assert.strictEqual(message.toString(), 'one two three');
  assert.strictEqual(rinfo.size, 13);
  receiver.close();
  sender.close();
}));
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const parts = [Buffer.from('one '), 'two', new Uint8Array([32, 116, 104, 114, 101, 101])];
  sender.send(parts, receiver.address().port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 13);
  }));
}));
