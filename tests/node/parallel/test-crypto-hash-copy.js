'use strict';
// hash.copy() snapshots the state; both go on independently.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha256').update('ab');
const c = h.copy();
h.update('c');
assert.strictEqual(c.digest('hex'), crypto.createHash('sha256').update('ab').digest('hex'));
assert.strictEqual(h.digest('hex'), crypto.createHash('sha256').update('abc').digest('hex'));
