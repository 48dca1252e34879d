'use strict';
// assert.notDeepEqual and notDeepStrictEqual fail on deep-equal values.
require('../common');
const assert = require('assert');

assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual([0], [-0]);

// Values that print alike are shown once; others both.
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: 1 }), {
  code: 'ERR_ASSERTION',
  operator: 'notDeepEqual',
  generatedMessage: true,
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}',
});
assert.throws(() => assert.notDeepEqual([1], ['1']), {
  message: 'Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\n' +
           "should not loosely deep-equal\n\n[\n  '1'\n]",
});
assert.throws(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), {
  code: 'ERR_ASSERTION',
  operator: 'notDeepStrictEqual',
  generatedMessage: true,
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n',
});
