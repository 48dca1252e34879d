'use strict';
// mkdir with { recursive: true } makes every missing parent and answers
// the first folder it made (undefined when all were there).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const top = tmpdir.resolve('a');
assert.strictEqual(fs.mkdirSync(path.join(top, 'b', 'c'), { recursive: true }), top);
assert.strictEqual(fs.mkdirSync(path.join(top, 'b', 'c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(path.join(top, 'b', 'd'), { recursive: true }),
                   path.join(top, 'b', 'd'));
assert.strictEqual(fs.mkdirSync(path.join(top, 'e')), undefined);
assert.throws(() => fs.mkdirSync(top), { code: 'EEXIST', syscall: 'mkdir', path: top });
fs.writeFileSync(path.join(top, 'file'), '');
assert.throws(() => fs.mkdirSync(path.join(top, 'file', 'x'), { recursive: true }), {
  code: 'ENOTDIR',
});
assert.throws(() => fs.mkdirSync(path.join(top, 'file'), { recursive: true }), { code: 'EEXIST' });
assert.throws(() => fs.mkdirSync(top, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});

fs.mkdir(path.join(top, 'f', 'g'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, path.join(top, 'f'));
}));
fs.mkdir(path.join(top, 'b'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, undefined);
}));
fs.promises.mkdir(path.join(top, 'h', 'i'), { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, path.join(top, 'h'));
}));
fs.promises.mkdir(top).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
}));
