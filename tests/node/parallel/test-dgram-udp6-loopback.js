'use strict';
// An IPv6 socket on ::1 (skipped where the machine has no IPv6 loopback).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp6');
socket.on('error', (err) => {
  socket.close();
  common.skip(`no IPv6 loopback: ${err.code}`);
});
socket.on('message', common.mustCall((message, rinfo) => {
  assert.strictEqual(message.toString(), 'six');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.address, '::1');
  socket.close();
}));
socket.bind(0, '::1', common.mustCall(() => {
  assert.strictEqual(socket.address().family, 'IPv6');
  socket.send('six', socket.address().port, '::1');
}));
