'use strict';
// readFile's encoding: a string or { encoding }, any encoding Buffer knows;
// without one the answer is a Buffer. A bad encoding throws at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('enc');
fs.writeFileSync(file, Buffer.from([0xe2, 0x82, 0xac, 0x41]));
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from([0xe2, 0x82, 0xac, 0x41]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), '\u20acA');
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), 'e282ac41');
assert.strictEqual(fs.readFileSync(file, 'base64'), '4oKsQQ==');
assert.strictEqual(fs.readFileSync(file, 'latin1').length, 4);
assert.strictEqual(fs.readFileSync(file, { encoding: null }).length, 4);
for (const encoding of ['utf-8', 'UTF8', 'ucs2', 'binary', 'ascii']) {
  assert.strictEqual(typeof fs.readFileSync(file, encoding), 'string');
}
assert.throws(() => fs.readFileSync(file, 'nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'nope'",
});
assert.throws(() => fs.readFile(file, { encoding: 1 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
});
fs.readFile(file, 'hex', common.mustSucceed((text) => assert.strictEqual(text, 'e282ac41')));
fs.promises.readFile(file, 'base64').then(common.mustCall((text) => {
  assert.strictEqual(text, '4oKsQQ==');
}));
fs.promises.readFile(file, 'nope').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
}));
