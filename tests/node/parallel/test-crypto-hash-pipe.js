'use strict';
// a Readable piped into a Hash yields the digest of all its chunks.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { Readable, pipeline } = require('stream');
const h = crypto.createHash('sha256');
const chunks = [];
h.on('data', (c) => chunks.push(c));
pipeline(Readable.from(['one', 'two', 'three']), h, common.mustSucceed(() => {
  assert.strictEqual(Buffer.concat(chunks).toString('hex'),
                     crypto.createHash('sha256').update('onetwothree').digest('hex'));
}));
