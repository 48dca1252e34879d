'use strict';
// An AssertionError: name 'AssertionError', code 'ERR_ASSERTION', a stack
// that starts at the caller, and a constructor tests can use directly.
require('../common');
const assert = require('assert');

let caught;
try {
  assert.strictEqual(1, 2);
} catch (err) {
  caught = err;
}
assert.ok(caught instanceof assert.AssertionError);
assert.ok(caught instanceof Error);
assert.strictEqual(caught.name, 'AssertionError');
assert.strictEqual(caught.code, 'ERR_ASSERTION');
assert.ok(caught.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values'));
assert.ok(caught.stack.split('\n')[4].includes('test-assert-error-shape.js'), caught.stack);

const made = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(made.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(made.generatedMessage, true);
const withMessage = new assert.AssertionError({ message: 'given', actual: 1 });
assert.strictEqual(withMessage.message, 'given');
assert.strictEqual(withMessage.generatedMessage, false);
assert.throws(() => new assert.AssertionError(), { code: 'ERR_INVALID_ARG_TYPE' });
