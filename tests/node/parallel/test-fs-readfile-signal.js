'use strict';
// An AbortSignal already aborted stops readFile and writeFile before they
// open anything: an AbortError, with the signal's reason as its cause.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('s');
fs.writeFileSync(file, 'content');
const controller = new AbortController();
controller.abort('because');

fs.readFile(file, { signal: controller.signal }, common.mustCall((err, data) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'because');
  assert.strictEqual(data, undefined);
}));
fs.writeFile(tmpdir.resolve('never'), 'x', { signal: controller.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(fs.existsSync(tmpdir.resolve('never')), false);
}));
assert.rejects(fs.promises.readFile(file, { signal: controller.signal }), { name: 'AbortError' })
  .then(common.mustCall());
assert.rejects(fs.promises.writeFile(file, 'y', { signal: controller.signal }),
               { name: 'AbortError' }).then(common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'content');
}));
assert.throws(() => fs.readFile(file, { signal: {} }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
});
const live = new AbortController();
fs.readFile(file, { signal: live.signal }, common.mustSucceed((data) => {
  assert.strictEqual(data.toString(), 'content');
}));
