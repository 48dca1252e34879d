'use strict';
// randomUUID gives distinct RFC 4122 version-4 UUIDs.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 200; i++) {
  const id = crypto.randomUUID();
  assert.match(id, re);
  seen.add(id);
}
assert.strictEqual(seen.size, 200);
assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
