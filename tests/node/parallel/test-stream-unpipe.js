'use strict';
// unpipe(dest) removes one destination, unpipe() all; each gets 'unpipe'.
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

const src = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
a.on('unpipe', common.mustCall((s) => assert.strictEqual(s, src)));
b.on('unpipe', common.mustCall((s) => assert.strictEqual(s, src)));
src.pipe(a);
src.pipe(b);
src.unpipe(a);
assert.strictEqual(src._readableState.pipes.length, 1);
src.unpipe();
assert.strictEqual(src._readableState.pipes.length, 0);
assert.strictEqual(src.isPaused(), true);
