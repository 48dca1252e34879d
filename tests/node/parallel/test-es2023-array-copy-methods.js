'use strict';
// The ES2023 methods Node 20 has: Array's and typed arrays' toReversed,
// toSorted, toSpliced and with (copies; the receiver is never changed),
// and String's isWellFormed and toWellFormed. Holes read as undefined, a
// typed array copy keeps its own type (not its species), arguments are
// checked first, and the errors are the engine's.
require('../common');
const assert = require('assert');

// Shape: not enumerable, the specified lengths, in unscopables.
for (const [name, length] of [['toReversed', 0], ['toSorted', 1], ['toSpliced', 2], ['with', 2]]) {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, name);
  assert.strictEqual(typeof descriptor.value, 'function');
  assert.strictEqual(descriptor.enumerable, false);
  assert.strictEqual(descriptor.writable, true);
  assert.strictEqual(descriptor.value.length, length);
  assert.strictEqual(descriptor.value.name, name);
  assert.throws(() => new descriptor.value(), TypeError);
}
const unscopables = Array.prototype[Symbol.unscopables];
assert.strictEqual(unscopables.toReversed, true);
assert.strictEqual(unscopables.toSorted, true);
assert.strictEqual(unscopables.toSpliced, true);
assert.strictEqual(unscopables.with, undefined);

// Copies, the source unchanged, holes read through.
const source = [3, , 1, 2];  // eslint-disable-line no-sparse-arrays
assert.deepStrictEqual(source.toReversed(), [2, 1, undefined, 3]);
assert.deepStrictEqual(source.toSorted(), [1, 2, 3, undefined]);
assert.deepStrictEqual(source.toSorted((a, b) => b - a), [3, 2, 1, undefined]);
assert.deepStrictEqual(source.with(1, 'x'), [3, 'x', 1, 2]);
assert.deepStrictEqual(source.with(-1, 'y'), [3, undefined, 1, 'y']);
assert.strictEqual(source.length, 4);
assert.ok(!(1 in source));
assert.deepStrictEqual([1, 2, 3, 4].toSpliced(1, 2, 'a', 'b', 'c'), [1, 'a', 'b', 'c', 4]);
assert.deepStrictEqual([1, 2, 3].toSpliced(-1), [1, 2]);
assert.deepStrictEqual([1, 2, 3].toSpliced(), [1, 2, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(1, -4, 'z'), [1, 'z', 2, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(10, 1, 'end'), [1, 2, 3, 'end']);

// Array-likes and subclasses: the result is always a plain Array.
const arrayLike = { length: 3, 0: 'a', 1: 'b', 2: 'c', 3: 'ignored' };
assert.deepStrictEqual(Array.prototype.toReversed.call(arrayLike), ['c', 'b', 'a']);
assert.deepStrictEqual(Array.prototype.with.call(arrayLike, 0, 'z'), ['z', 'b', 'c']);
class Sub extends Array {}
assert.strictEqual(Object.getPrototypeOf(Sub.from([2, 1]).toSorted()), Array.prototype);

// Errors, in V8's words.
assert.throws(() => [1].with(5, 1), { name: 'RangeError', message: 'Invalid index : 5' });
assert.throws(() => [1].with(-5, 1), { name: 'RangeError', message: 'Invalid index : -5' });
assert.throws(() => [1].toSorted(5), {
  name: 'TypeError',
  message: 'The comparison function must be either a function or undefined',
});
assert.throws(() => Array.prototype.toReversed.call(null), TypeError);
assert.throws(() => Array.prototype.toReversed.call({ length: 2 ** 32 }),
              { name: 'RangeError', message: 'Invalid array length' });
assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1),
              { name: 'TypeError', message: 'Invalid array length' });

// Typed arrays: the same type back, values converted before the index check.
const bytes = new Uint8Array([3, 1, 2]);
assert.deepStrictEqual(bytes.toSorted(), new Uint8Array([1, 2, 3]));
assert.deepStrictEqual(bytes.toReversed(), new Uint8Array([2, 1, 3]));
assert.deepStrictEqual(bytes.with(0, 300), new Uint8Array([44, 1, 2]));
assert.deepStrictEqual(bytes, new Uint8Array([3, 1, 2]));
assert.deepStrictEqual(new BigInt64Array(2).with(-1, 5n), new BigInt64Array([0n, 5n]));
assert.deepStrictEqual(new Float64Array([0.5, -1]).toSorted((a, b) => b - a),
                       new Float64Array([0.5, -1]));
class Species extends Uint8Array { static get [Symbol.species]() { return Array; } }
assert.strictEqual(new Species([1, 2]).toReversed().constructor, Uint8Array);
assert.strictEqual(Buffer.from('ab').toReversed().constructor, Uint8Array);
assert.throws(() => bytes.with(9, 1), { name: 'RangeError', message: 'Invalid typed array index' });
let converted = false;
assert.throws(() => bytes.with(9, { valueOf() { converted = true; return 1; } }), RangeError);
assert.strictEqual(converted, true);
assert.throws(() => new BigInt64Array(1).with(0, 1), TypeError);
assert.throws(() => Uint8Array.prototype.toReversed.call([]), {
  name: 'TypeError',
  message: 'Method %TypedArray%.prototype.toReversed called on incompatible receiver [object Array]',
});
assert.throws(() => bytes.toSorted('x'), TypeError);
assert.strictEqual(Object.getOwnPropertyDescriptor(Uint8Array.prototype, 'toSpliced'), undefined);

// Well-formed strings: lone surrogates found and replaced by U+FFFD.
assert.strictEqual('ab\uD83D\uDE00'.isWellFormed(), true);
assert.strictEqual('a\uD800'.isWellFormed(), false);
assert.strictEqual('\uDC00a'.isWellFormed(), false);
assert.strictEqual('a\uD800b\uDC00\uD83D\uDE00'.toWellFormed(), 'a\uFFFDb\uFFFD\uD83D\uDE00');
assert.strictEqual('plain'.toWellFormed(), 'plain');
assert.strictEqual(String.prototype.isWellFormed.call(42), true);
assert.throws(() => String.prototype.isWellFormed.call(null), {
  name: 'TypeError',
  message: 'String.prototype.isWellFormed called on null or undefined',
});
