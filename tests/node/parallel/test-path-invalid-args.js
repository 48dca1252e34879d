'use strict';
// Every path function refuses a non-string with ERR_INVALID_ARG_TYPE,
// naming the argument.
require('../common');
const assert = require('assert');
const path = require('path');

const bad = [null, undefined, 42, true, {}, [], () => {}];
const calls = [
  ['join', (v) => path.join('a', v), 'path'],
  ['resolve', (v) => path.resolve(v), 'paths[0]'],
  ['normalize', (v) => path.normalize(v), 'path'],
  ['isAbsolute', (v) => path.isAbsolute(v), 'path'],
  ['dirname', (v) => path.dirname(v), 'path'],
  ['basename', (v) => path.basename(v), 'path'],
  ['extname', (v) => path.extname(v), 'path'],
  ['parse', (v) => path.parse(v), 'path'],
  ['relative from', (v) => path.relative(v, 'a'), 'from'],
  ['relative to', (v) => path.relative('a', v), 'to'],
];
for (const [label, call, name] of calls) {
  for (const value of bad) {
    assert.throws(() => call(value), (err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE', label);
      assert.ok(err instanceof TypeError);
      assert.ok(err.message.startsWith(`The "${name}" argument must be of type string.`),
                `${label}: ${err.message}`);
      return true;
    });
  }
}
assert.throws(() => path.basename('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "suffix" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.join(null), {
  message: 'The "path" argument must be of type string. Received null',
});
