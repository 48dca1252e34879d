'use strict';
// send() on a socket never bound binds it to an ephemeral port first:
// 'listening' comes, then the datagram goes.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const sender = dgram.createSocket('udp4');
  const events = [];
  sender.on('listening', common.mustCall(() => events.push('listening')));
  sender.send('queued', receiver.address().port, '127.0.0.1', common.mustSucceed(() => {
    events.push('sent');
  }));
  receiver.on('message', common.mustCall((message, rinfo) => {
    assert.strictEqual(message.toString(), 'queued');
    assert.strictEqual(rinfo.port, sender.address().port);
    assert.deepStrictEqual(events, ['listening', 'sent']);
    sender.close();
    receiver.close();
  }));
}));
