'use strict';
// Built-ins are importable by name or node: URL: default is the module,
// and each of its properties is a named export.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(relative, content) {
  const file = tmpdir.resolve(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

import('node:fs').then(common.mustCall(async (fsNamespace) => {
  assert.strictEqual(fsNamespace.default, fs);
  assert.strictEqual(fsNamespace.readFileSync, fs.readFileSync);
  const events = await import('events');
  assert.strictEqual(events.default, require('events'));
  assert.strictEqual(events.EventEmitter, require('events').EventEmitter);
  assert.strictEqual(await import('node:path'), await import('path'));
  await assert.rejects(import('node:not-a-builtin'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
}));
