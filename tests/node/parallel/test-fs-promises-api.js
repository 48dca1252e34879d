'use strict';
// fs.promises and require('fs/promises') are one object; every function
// answers a promise, and a bad argument rejects instead of throwing.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

assert.strictEqual(require('fs/promises'), fs.promises);
assert.strictEqual(require('node:fs/promises'), fs.promises);
assert.strictEqual(fs.promises.constants, fs.constants);
const names = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link', 'lstat',
               'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readFile', 'readdir',
               'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate',
               'unlink', 'utimes', 'writeFile'];
for (const name of names) {
  assert.strictEqual(typeof fs.promises[name], 'function', name);
  const answer = fs.promises[name](42, 42, 42);
  assert.ok(answer instanceof Promise, name);
  answer.then(common.mustNotCall(name), common.mustCall((err) => {
    assert.match(err.code, /^ERR_(INVALID_ARG_TYPE|INVALID_ARG_VALUE|OUT_OF_RANGE|FS_INVALID_SYMLINK_TYPE)$/, name);
  }));
}
