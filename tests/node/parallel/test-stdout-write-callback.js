'use strict';
// process.stdout.write calls back once the text is written, in order, and
// returns a boolean; console.log goes through the same stream.
const common = require('../common');
const assert = require('assert');

const order = [];
assert.strictEqual(typeof process.stdout.write('first\n', common.mustCall((err) => {
  assert.ok(!err);
  order.push(1);
})), 'boolean');
process.stdout.write(Buffer.from('second\n'), common.mustCall(() => order.push(2)));
process.stdout.write('7468697264\n'.slice(0, 10), 'hex', common.mustCall(() => order.push(3)));
process.stdout.write('\n');
let wrote = false;
const write = process.stdout.write;
process.stdout.write = function(...args) {
  wrote = true;
  return write.apply(this, args);
};
console.log('through console');
process.stdout.write = write;
assert.strictEqual(wrote, true);
process.on('exit', () => assert.deepStrictEqual(order, [1, 2, 3]));
