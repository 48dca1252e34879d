// Every assert function that fails, with the message, operator, actual and
// expected Node gives it; loose and strict equality, throws with each kind of
// expectation, match, ifError, fail.
const assert = require('assert');
const show = (fn) => { try { fn(); console.log('no throw'); } catch (e) { console.log(JSON.stringify({name: e.name, code: e.code, message: e.message, generatedMessage: e.generatedMessage, operator: e.operator, actual: e.actual, expected: e.expected})); } };
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b', 'custom'));
show(() => assert.equal(1, 2));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.ok(0));
show(() => assert(false));
show(() => assert.deepStrictEqual({a: 1}, {a: 2}));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => { throw new TypeError('x') }, RangeError));
show(() => assert.throws(() => { throw new Error('abc') }, /xyz/));
show(() => assert.throws(() => { throw new Error('abc') }, { message: 'abd' }));
show(() => assert.fail('boom'));
show(() => assert.match('abc', /x/));
show(() => assert.ifError(new Error('e')));
show(() => assert.notDeepStrictEqual({a:1},{a:1}));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.deepEqual(1, '1'));
