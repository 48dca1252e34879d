'use strict';
// options.fs replaces open, read and close; missing ones are reported.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('custom.txt');
fs.writeFileSync(file, 'custom');
const calls = { open: 0, read: 0, close: 0 };
const custom = {
  open(...args) { calls.open++; return fs.open(...args); },
  read(...args) { calls.read++; return fs.read(...args); },
  close(...args) { calls.close++; return fs.close(...args); },
};
fs.createReadStream(file, { fs: custom, encoding: 'utf8' })
  .on('data', common.mustCall((text) => assert.strictEqual(text, 'custom')))
  .on('close', common.mustCall(() => {
    assert.strictEqual(calls.open, 1);
    assert.strictEqual(calls.read, 2);  // the data, then the end
    assert.strictEqual(calls.close, 1);
  }));

assert.throws(() => fs.createReadStream(file, { fs: { open() {}, close() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /"options\.fs\.read"/,
});
