'use strict';
// an Hmac is a Transform too, with setEncoding for a hex digest.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHmac('sha256', 'secret');
h.setEncoding('hex');
h.on('data', common.mustCall((d) => {
  assert.strictEqual(d, crypto.createHmac('sha256', 'secret').update('payload').digest('hex'));
}));
h.end('payload');
