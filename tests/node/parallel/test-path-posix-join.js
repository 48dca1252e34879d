'use strict';
// path.join and path.normalize fold '.', '..' and repeated slashes.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  [['/a', 'b', '../c'], '/a/c'],
  [['a', '', 'b'], 'a/b'],
  [['', ''], '.'],
  [['/', '..', '..'], '/'],
  [['../a', '../../b'], '../../b'],
  [['a/', 'b/'], 'a/b/'],
  [['./', '.'], '.'],
];
for (const [args, expected] of cases) {
  assert.strictEqual(path.join(...args), expected, `join(${args.join(', ')})`);
}
assert.strictEqual(path.normalize('//a//b/./c/..'), '/a/b');
assert.throws(() => path.join('a', 42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
