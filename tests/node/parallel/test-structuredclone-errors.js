'use strict';
// What cannot be cloned throws a DOMException named DataCloneError (code
// 25); bad arguments throw Node's TypeErrors.
require('../common');
const assert = require('assert');

for (const value of [() => {}, Symbol('s'), { f() {} }, new WeakSet(), Promise.resolve()]) {
  assert.throws(() => structuredClone(value), (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'DataCloneError');
    assert.strictEqual(error.code, 25);
    assert.match(error.message, / could not be cloned\.$/);
    return true;
  });
}
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => structuredClone(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => structuredClone(1, { transfer: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => structuredClone(1, { transfer: [{}] }),
              { code: 'ERR_INVALID_TRANSFER_OBJECT' });
assert.strictEqual(structuredClone(1, null), 1);
assert.strictEqual(structuredClone(undefined), undefined);
