// assert.rejects and doesNotReject, assert/strict, loose vs strict deep
// equality, and the missing-argument error.
const assert = require('assert');
const strict = require('assert/strict');

async function main() {
  await assert.rejects(Promise.reject(new TypeError('bad')), TypeError);
  console.log('rejects ok');
  await assert.rejects(async () => 1).catch((err) => console.log(err.message));
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(Promise.reject(new Error('nope'))).catch((err) => console.log(err.message));
  await assert.rejects(Promise.reject(new Error('msg')), { message: 'msg', name: 'Error' });
  console.log('object expectation ok');
}

console.log(strict === assert.strict, strict.equal === assert.strictEqual);
assert.deepEqual({ a: 1 }, { a: '1' });
try {
  strict.deepEqual({ a: 1 }, { a: '1' });
} catch (err) {
  console.log(err.operator, err.message.split('\n')[0]);
}
try {
  assert.strictEqual(1);
} catch (err) {
  console.log(err.code, err.message);
}
assert.doesNotThrow(() => 1);
try {
  assert.doesNotThrow(() => { throw new Error('oops'); }, 'context');
} catch (err) {
  console.log(err.message);
}
assert.throws(() => { throw new Error('fine'); }, (err) => err.message === 'fine');
assert.doesNotMatch('abc', /x/);
try {
  assert.doesNotMatch('abc', /b/);
} catch (err) {
  console.log(err.message);
}
main();
