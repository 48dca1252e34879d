'use strict';
// require('stream') is the legacy Stream constructor, an EventEmitter, and
// every stream class inherits from it.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const Stream = require('stream');

assert.strictEqual(typeof Stream, 'function');
assert.strictEqual(Stream.Stream, Stream);
assert.ok(new Stream() instanceof EventEmitter);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  assert.ok(new Stream[name]() instanceof Stream, name);
}
assert.strictEqual(Stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(Stream.getDefaultHighWaterMark(true), 16);
assert.strictEqual(typeof Stream.prototype.pipe, 'function');
