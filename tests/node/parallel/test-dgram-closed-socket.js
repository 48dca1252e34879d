'use strict';
// After close(), every call that needs the handle throws
// ERR_SOCKET_DGRAM_NOT_RUNNING; ref() and unref() quietly do nothing.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  socket.close(common.mustCall(() => {
    const notRunning = { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' };
    assert.throws(() => socket.address(), notRunning);
    assert.throws(() => socket.close(), notRunning);
    assert.throws(() => socket.bind(0), notRunning);
    assert.throws(() => socket.send('x', 1234, '127.0.0.1'), notRunning);
    assert.throws(() => socket.addMembership('224.0.0.1'), notRunning);
    assert.strictEqual(socket.ref(), socket);
    assert.strictEqual(socket.unref(), socket);
  }));
}));
