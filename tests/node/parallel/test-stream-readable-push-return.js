'use strict';
// push() returns false once the buffer reaches highWaterMark, and true again
// after the consumer has taken data out.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 5, read: common.mustCallAtLeast(() => {}, 0) });
assert.strictEqual(r.push('ab'), true);
assert.strictEqual(r.push('cd'), true);
assert.strictEqual(r.push('e'), false);
assert.strictEqual(r.readableLength, 5);
assert.strictEqual(r.push('f'), false);
assert.strictEqual(r.read(4).toString(), 'abcd');
assert.strictEqual(r.readableLength, 2);
assert.strictEqual(r.push('g'), true);
assert.strictEqual(r.push(null), false);
