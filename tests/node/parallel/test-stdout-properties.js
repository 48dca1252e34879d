'use strict';
// The standard streams: one object each, made on first use, with their fd;
// stdout and stderr write, stdin reads; isTTY only on terminals.
require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const tty = require('tty');

assert.strictEqual(process.stdout, process.stdout);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdin.fd, 0);
assert.ok(process.stdout instanceof Writable);
assert.ok(process.stderr instanceof Writable);
assert.ok(process.stdin instanceof Readable);
assert.strictEqual(process.stdout.writable, true);
assert.strictEqual(process.stdout._isStdio, true);
for (const [fd, stream] of [[0, process.stdin], [1, process.stdout], [2, process.stderr]]) {
  assert.strictEqual(!!stream.isTTY, tty.isatty(fd));
  assert.strictEqual(stream instanceof tty.ReadStream || stream instanceof tty.WriteStream,
                     tty.isatty(fd));
}
const descriptor = Object.getOwnPropertyDescriptor(process, 'stdout');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.enumerable, true);
// stdin starts paused, reading nothing.
assert.strictEqual(process.stdin.readableFlowing, null);
