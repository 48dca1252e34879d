'use strict';
// import { x } from 'node:...' keeps the value of x from when the built-in
// was first imported, until module.syncBuiltinESMExports().
const common = require('../common');
const assert = require('assert');
const { syncBuiltinESMExports } = require('module');
const os = require('os');

assert.strictEqual(syncBuiltinESMExports(), undefined);  // nothing imported yet
const original = os.hostname;
(async () => {
  const namespace = await import('node:os');
  assert.strictEqual(namespace.hostname, original);
  os.hostname = () => 'replaced';
  assert.strictEqual(namespace.hostname, original);
  syncBuiltinESMExports();
  assert.strictEqual(namespace.hostname(), 'replaced');
  assert.strictEqual(namespace.default, os);
  os.notAnExport = 1;
  delete os.hostname;
  syncBuiltinESMExports();
  assert.strictEqual('notAnExport' in namespace, false);
  assert.strictEqual(namespace.hostname, undefined);
  os.hostname = original;
  syncBuiltinESMExports();
  assert.strictEqual(namespace.hostname, original);
  delete os.notAnExport;
})().then(common.mustCall());
