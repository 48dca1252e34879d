'use strict';
// Multicast on the loopback interface: join a group, send to it, and hear
// it back with multicast loopback on (skipped where the loopback interface
// has no multicast).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const group = '239.255.11.12';
const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
socket.bind(0, common.mustCall(() => {
  try {
    socket.addMembership(group, '127.0.0.1');
    socket.setMulticastInterface('127.0.0.1');
  } catch (err) {
    socket.close();
    common.skip(`no multicast on loopback: ${err.code}`);
  }
  assert.strictEqual(socket.setMulticastLoopback(true), true);
  assert.strictEqual(socket.setMulticastTTL(1), 1);
  socket.on('message', common.mustCall((message, rinfo) => {
    assert.strictEqual(message.toString(), 'to the group');
    assert.strictEqual(rinfo.address, '127.0.0.1');
    socket.dropMembership(group, '127.0.0.1');
    socket.close();
  }));
  socket.send('to the group', socket.address().port, group);
}));
