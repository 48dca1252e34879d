'use strict';
// tls.rootCertificates: a frozen, non-empty array of PEM certificates, the
// same array each time.
require('../common');
const assert = require('assert');
const tls = require('tls');

const roots = tls.rootCertificates;
assert.ok(Array.isArray(roots));
assert.ok(roots.length > 0);
assert.ok(Object.isFrozen(roots));
assert.strictEqual(tls.rootCertificates, roots);
for (const pem of roots) {
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n?$/);
}
