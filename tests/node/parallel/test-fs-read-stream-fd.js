'use strict';
// With `fd`, nothing is opened: no 'open' event; autoClose false leaves the
// fd open after the end, autoClose true (the default) closes it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('fd.txt');
fs.writeFileSync(file, 'hello fd');

const kept = fs.openSync(file, 'r');
const a = fs.createReadStream(null, { fd: kept, autoClose: false, encoding: 'utf8' });
assert.strictEqual(a.pending, false);
assert.strictEqual(a.autoClose, false);
a.on('open', common.mustNotCall());
let text = '';
a.on('data', (chunk) => { text += chunk; });
a.on('end', common.mustCall(() => {
  assert.strictEqual(text, 'hello fd');
  setImmediate(common.mustCall(() => {
    assert.strictEqual(fs.fstatSync(kept).size, 8);  // still open
    fs.closeSync(kept);
  }));
}));

const closed = fs.openSync(file, 'r');
const b = fs.createReadStream(null, { fd: closed, start: 6 });
b.on('data', common.mustCall((chunk) => assert.strictEqual(chunk.toString(), 'fd')));
b.on('close', common.mustCall(() => {
  assert.throws(() => fs.fstatSync(closed), { code: 'EBADF' });
}));
