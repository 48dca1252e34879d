'use strict';
// a Hash is a Transform: written data comes out as one digest.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha1');
assert(h instanceof require('stream').Transform);
h.on('data', common.mustCall((digest) => {
  assert.strictEqual(digest.toString('hex'), crypto.createHash('sha1').update('hello world').digest('hex'));
}));
h.on('end', common.mustCall());
h.write('hello ');
h.end('world');
h.resume();
