'use strict';
// An unref()'d socket does not keep the program alive: it is bound and
// receiving, yet the program ends. ref() would undo that.
const common = require('../common');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.on('message', common.mustNotCall());
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  socket.unref();
  socket.ref();
  socket.unref();
}));
// If the socket held the loop, this timer (itself unref'd) could not end
// the test; reaching exit at all is the assertion.
setTimeout(common.mustNotCall(), 10000).unref();
