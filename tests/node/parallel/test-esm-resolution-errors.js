'use strict';
// ESM resolution adds no extension and no index file; what it refuses.
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

write('dir/index.js', 'module.exports = 1;');
write('file.js', 'module.exports = 1;');
write('x.txt', 'text');
(async () => {
  const base = tmpdir.resolve('.');
  await assert.rejects(import(path.join(base, 'file')), (error) => {
    assert.strictEqual(error.code, 'ERR_MODULE_NOT_FOUND');
    assert.match(error.message, /^Cannot find module '.*file' imported from /);
    assert.match(error.message, /Did you mean to import/);
    return true;
  });
  await assert.rejects(import(path.join(base, 'dir')), { code: 'ERR_UNSUPPORTED_DIR_IMPORT' });
  await assert.rejects(import(path.join(base, 'x.txt')), {
    code: 'ERR_UNKNOWN_FILE_EXTENSION',
    message: `Unknown file extension ".txt" for ${path.join(base, 'x.txt')}`,
  });
  await assert.rejects(import('no-such-package-anywhere'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find package 'no-such-package-anywhere' imported from ${__filename}`,
  });
})().then(common.mustCall());
