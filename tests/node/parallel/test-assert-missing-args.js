'use strict';
// The comparison functions need both values: fewer is ERR_MISSING_ARGS.
require('../common');
const assert = require('assert');

for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual',
                    'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  assert.throws(() => assert[name](1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  }, name);
  assert.throws(() => assert[name](), { code: 'ERR_MISSING_ARGS' }, name);
}
// undefined passed explicitly counts.
assert.strictEqual(undefined, undefined);
assert.throws(() => assert.throws(), { code: 'ERR_INVALID_ARG_TYPE' });
