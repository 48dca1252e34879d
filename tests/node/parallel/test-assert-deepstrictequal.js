'use strict';
// assert.deepStrictEqual: deep equality with types and prototypes; the
// message is a diff of actual (+) against expected (-).
require('../common');
const assert = require('assert');

assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]]));
assert.deepStrictEqual([NaN], [NaN]);

assert.throws(() => assert.deepStrictEqual([1], ['1']), {
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
  actual: [1],
  expected: ['1'],
  generatedMessage: true,
  message: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n" +
           "  [\n+   1\n-   '1'\n  ]",
});
assert.throws(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }',
});
assert.throws(() => assert.deepStrictEqual(1, 2), {
  message: 'Expected values to be strictly deep-equal:\n\n1 !== 2\n',
});
class A {}
assert.throws(() => assert.deepStrictEqual(new A(), {}), { operator: 'deepStrictEqual' });
