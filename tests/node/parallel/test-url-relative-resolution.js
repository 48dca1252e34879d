'use strict';
// Relative references resolve against a base as the URL Standard says:
// dot segments, queries, fragments and scheme-relative forms.
require('../common');
const assert = require('assert');
const base = 'http://a/b/c/d;p?q';
const cases = {
  'g': 'http://a/b/c/g', './g': 'http://a/b/c/g', 'g/': 'http://a/b/c/g/', '/g': 'http://a/g',
  '//g': 'http://g/', '?y': 'http://a/b/c/d;p?y', 'g?y': 'http://a/b/c/g?y', '#s': 'http://a/b/c/d;p?q#s',
  '': 'http://a/b/c/d;p?q', '.': 'http://a/b/c/', '..': 'http://a/b/', '../../../g': 'http://a/g',
  'g;x=1/../y': 'http://a/b/c/y', '%2e%2E/g': 'http://a/b/g',
};
for (const [input, expected] of Object.entries(cases)) {
  assert.strictEqual(new URL(input, base).href, expected, input);
}
assert.strictEqual(new URL('x', new URL(base)).href, 'http://a/b/c/x');
