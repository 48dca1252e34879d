'use strict';
// path.parse splits a path into root, dir, base, ext and name.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['/home/user/dir/file.txt',
   { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['file', { root: '', dir: '', base: 'file', ext: '', name: 'file' }],
  ['./file', { root: '', dir: '.', base: 'file', ext: '', name: 'file' }],
  ['.profile', { root: '', dir: '', base: '.profile', ext: '', name: '.profile' }],
  ['/a/b/', { root: '/', dir: '/a', base: 'b', ext: '', name: 'b' }],
  ['/x.', { root: '/', dir: '/', base: 'x.', ext: '.', name: 'x' }],
  ['a/b.tar.gz', { root: '', dir: 'a', base: 'b.tar.gz', ext: '.gz', name: 'b.tar' }],
  ['//a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
];
for (const [input, expected] of cases) {
  assert.deepStrictEqual(path.parse(input), expected, `parse(${JSON.stringify(input)})`);
}
