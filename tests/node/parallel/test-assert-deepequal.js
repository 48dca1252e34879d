'use strict';
// assert.deepEqual: loose deep equality (== on primitives, prototypes
// ignored), and its message.
require('../common');
const assert = require('assert');

assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([1, 2], ['1', '2']);
assert.deepEqual(new Date(1), new Date(1));
class A { constructor() { this.x = 1; } }
assert.deepEqual(new A(), { x: 1 });
assert.deepEqual(new Set([1]), new Set([1]));
assert.deepEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: '1' }]]));

assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  code: 'ERR_ASSERTION',
  operator: 'deepEqual',
  generatedMessage: true,
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
           'should loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.deepEqual([1], [1, 2]), { operator: 'deepEqual' });
assert.throws(() => assert.deepEqual(new Date(1), new Date(2)), { operator: 'deepEqual' });
