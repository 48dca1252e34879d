'use strict';
// server.close(cb) on a server that is not listening calls cb with
// ERR_SERVER_NOT_RUNNING; a running server's close(cb) gets no error, and
// a second close() then fails the same way.
const common = require('../common');
const assert = require('assert');
const net = require('net');

net.createServer().close(common.expectsError({
  code: 'ERR_SERVER_NOT_RUNNING', name: 'Error', message: 'Server is not running.',
}));

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    server.close(common.expectsError({ code: 'ERR_SERVER_NOT_RUNNING' }));
  }));
}));
