'use strict';
// listen({ path }) and listen(path, backlog, cb) are Unix sockets too; a
// path that looks like a number is a port instead, and listen({}) has neither.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();

const a = net.createServer();
a.listen({ path: tmpdir.resolve('a.sock') }, common.mustCall(() => {
  assert.strictEqual(a.address(), tmpdir.resolve('a.sock'));
  a.close();
}));

const b = net.createServer();
b.listen(tmpdir.resolve('b.sock'), 5, common.mustCall(() => {
  assert.strictEqual(b.address(), tmpdir.resolve('b.sock'));
  b.close();
}));

assert.throws(() => net.createServer().listen({}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /must have the property "port" or "path"/,
});
