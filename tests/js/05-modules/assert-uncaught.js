// stderr: ignore
// An AssertionError as the console shows it (its stack cut to the first
// line: frames name each runtime's internals), then one nobody catches:
// exit code 1.
const assert = require('assert');
try {
  assert.strictEqual('actual text', 'expected text');
} catch (err) {
  err.stack = err.stack.split('\n    at ')[0];
  console.log(err);
  console.log(err instanceof assert.AssertionError, err.name, String(err).split('\n')[0]);
}
assert.strictEqual(1 + 1, 3);
