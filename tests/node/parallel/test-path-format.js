'use strict';
// path.format: `dir` wins over `root`, `base` over `name` + `ext`, and an
// `ext` without its dot gets one.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.format({ root: '/', base: 'file.txt' }), '/file.txt');
assert.strictEqual(path.format({ dir: '/home', base: 'file.txt' }), '/home/file.txt');
assert.strictEqual(path.format({ root: '/ignored', dir: '/home', base: 'f' }), '/home/f');
assert.strictEqual(path.format({ name: 'file', ext: '.txt' }), 'file.txt');
assert.strictEqual(path.format({ name: 'file', ext: 'txt' }), 'file.txt');
assert.strictEqual(path.format({ base: 'b', name: 'n', ext: '.e' }), 'b');
assert.strictEqual(path.format({ dir: 'a', name: 'b' }), 'a/b');
assert.strictEqual(path.format({ root: '/' }), '/');
assert.strictEqual(path.format({}), '');
assert.strictEqual(path.format({ dir: 'x' }), 'x/');

for (const bad of [null, undefined, 'string', 42, true]) {
  assert.throws(() => path.format(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
