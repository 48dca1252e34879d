'use strict';
// listen({ signal }): aborting the signal closes the server ('close'); a
// signal already aborted closes it right after listen.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const controller = new AbortController();
const server = net.createServer();
server.on('close', common.mustCall(() => assert.strictEqual(server.listening, false)));
server.listen({ port: 0, host: '127.0.0.1', signal: controller.signal }, common.mustCall(() => {
  controller.abort();
}));

const early = net.createServer();
early.on('close', common.mustCall());
early.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });

assert.throws(() => net.createServer().listen({ port: 0, signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
