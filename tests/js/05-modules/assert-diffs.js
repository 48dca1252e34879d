// How an AssertionError shows two values that differ: one line each for
// short ones, a "+ actual - expected" line diff for objects, with long runs
// of equal lines skipped.
const assert = require('assert');
const show = (fn) => { try { fn(); console.log('no throw'); } catch (e) { console.log(e.message); console.log('---') } };
show(() => assert.deepStrictEqual({a: 1, b: [1,2], c: 'x'}, {a: 1, b: [1,3], c: 'x'}));
show(() => assert.deepStrictEqual(new Map([[1,2]]), new Map([[1,3]])));
show(() => assert.deepStrictEqual([1,2,3,4,5,6,7,8,9,10,11,12], [1,2,3,4,5,6,7,8,9,10,11,13]));
show(() => assert.strictEqual({a:1}, {a:1}));
show(() => assert.strictEqual('a\nb', 'a\nc'));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepEqual({a:1}, {a:2}));
show(() => assert.notEqual(1, 1));
show(() => assert.strictEqual(1, '1'));
for (const [a, b] of [['abcdef', 'abcdeg'], ['abc', 'abd'], [123456, 1234567],
                      ['x'.repeat(50) + 'a', 'x'.repeat(50) + 'b'], [0, -0], [1, 2]]) {
  show(() => assert.strictEqual(a, b));
}
