'use strict';
// A message given to an assert function replaces the generated one (for
// strictEqual it comes first, then the values); an Error given as the
// message is thrown instead of an AssertionError.
require('../common');
const assert = require('assert');

assert.throws(() => assert.equal(1, 2, 'one is not two'), {
  message: 'one is not two',
  generatedMessage: false,
  operator: '==',
});
// deepStrictEqual and strictEqual keep their diff after the message.
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'shapes differ'), {
  message: 'shapes differ\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
  generatedMessage: false,
});
assert.throws(() => assert.strictEqual('aaaaaaaaaaaa', 'bbbbbbbbbbbbbb', 'long'), {
  message: "long\n+ actual - expected\n\n+ 'aaaaaaaaaaaa'\n- 'bbbbbbbbbbbbbb'",
});
// An empty message counts as none.
assert.throws(() => assert.strictEqual(1, 2, ''), {
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
  generatedMessage: true,
});
assert.throws(() => assert.notStrictEqual(1, 1, 'same'), { message: 'same' });

const mine = new RangeError('my own error');
for (const call of [
  () => assert.ok(false, mine),
  () => assert.equal(1, 2, mine),
  () => assert.strictEqual(1, 2, mine),
  () => assert.deepStrictEqual([1], [2], mine),
  () => assert.notDeepStrictEqual([1], [1], mine),
  () => assert.match('a', /b/, mine),
]) {
  assert.throws(call, (err) => err === mine);
}
