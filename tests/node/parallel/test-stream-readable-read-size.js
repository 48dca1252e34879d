'use strict';
// read(n) returns exactly n bytes when they are there, null otherwise, and
// the rest once the stream has ended.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('hello');
r.push(' world');
assert.strictEqual(r.read(3).toString(), 'hel');
assert.strictEqual(r.read(20), null);
assert.strictEqual(r.read(0), null);
r.push(null);
assert.strictEqual(r.read(20).toString(), 'lo world');
assert.strictEqual(r.read(), null);
