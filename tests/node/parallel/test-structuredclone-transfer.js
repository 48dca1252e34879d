'use strict';
// Transferring an ArrayBuffer moves its memory into the copy: the original
// is detached; a clone that fails moves nothing.
require('../common');
const assert = require('assert');

const buffer = new ArrayBuffer(16);
new Uint8Array(buffer).fill(9);
const copy = structuredClone({ buffer }, { transfer: [buffer] });
assert.strictEqual(buffer.byteLength, 0);
assert.strictEqual(copy.buffer.byteLength, 16);
assert.deepStrictEqual([...new Uint8Array(copy.buffer)].slice(0, 2), [9, 9]);

const kept = new ArrayBuffer(4);
assert.throws(() => structuredClone({ kept, f() {} }, { transfer: [kept] }),
              { name: 'DataCloneError' });
assert.strictEqual(kept.byteLength, 4);

const notTransferred = new ArrayBuffer(4);
const cloned = structuredClone(notTransferred);
assert.strictEqual(notTransferred.byteLength, 4);
assert.notStrictEqual(cloned, notTransferred);
