'use strict';
// require('assert').strict and require('assert/strict'): the loose
// functions are replaced by their strict twins.
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(assert.strict, strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.throws, assert.throws);
assert.strictEqual(strict.AssertionError, assert.AssertionError);

assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), { operator: 'deepStrictEqual' });
strict.notEqual(1, '1');
strict(true);
assert.throws(() => strict(false), { code: 'ERR_ASSERTION', operator: '==' });
