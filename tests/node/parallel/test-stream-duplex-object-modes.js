'use strict';
// A Duplex has one object mode and one mark per side.
require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable } = require('stream');

const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 100, read() {} });
assert.strictEqual(d.readableObjectMode, true);
assert.strictEqual(d.writableObjectMode, false);
assert.strictEqual(d.readableHighWaterMark, 16);
assert.strictEqual(d.writableHighWaterMark, 100);
assert.ok(d instanceof Readable);
assert.ok(d instanceof Writable);
assert.ok(!(new Readable() instanceof Writable));
