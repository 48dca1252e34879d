'use strict';
// process.version, versions, release, arch, features: read-only facts of
// the right shapes.
require('../common');
const assert = require('assert');

assert.match(process.version, /^v\d+\.\d+\.\d+$/);
assert.strictEqual(process.version, `v${process.versions.node}`);
for (const key of ['node', 'v8', 'uv', 'zlib', 'openssl']) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
}
assert.match(process.versions.uv, /^\d+\.\d+\.\d+/);
const before = process.versions.v8;
assert.throws(() => { 'use strict'; process.versions.v8 = 'x'; }, TypeError);
assert.strictEqual(process.versions.v8, before);
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.arch, 'string');
assert.strictEqual(process.platform, 'linux');
for (const key of ['inspector', 'debug', 'uv', 'ipv6', 'tls', 'cached_builtins']) {
  assert.strictEqual(typeof process.features[key], 'boolean', key);
}
assert.strictEqual(process.features.uv, true);
