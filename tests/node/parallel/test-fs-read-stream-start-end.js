'use strict';
// start and end select bytes (end included); a bad range throws at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('digits.txt');
fs.writeFileSync(file, '0123456789');

function collect(options, expected) {
  let text = '';
  fs.createReadStream(file, { encoding: 'utf8', ...options })
    .on('data', (chunk) => { text += chunk; })
    .on('end', common.mustCall(() => assert.strictEqual(text, expected)));
}
collect({ start: 2, end: 5 }, '2345');
collect({ start: 7 }, '789');
collect({ end: 0 }, '0');
collect({ start: 3, end: 3 }, '3');
collect({ start: 20 }, '');
collect({ start: 1, end: 8, highWaterMark: 3 }, '12345678');

assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(file, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(file, { end: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(file, { start: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
