'use strict';
// util.isDeepStrictEqual follows cycles: two structures with the same
// shape of self-references are equal, different shapes are not.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

const a = { name: 'x' };
a.self = a;
const b = { name: 'x' };
b.self = b;
assert.ok(isDeepStrictEqual(a, b));
b.name = 'y';
assert.ok(!isDeepStrictEqual(a, b));

const list1 = [1];
list1.push(list1);
const list2 = [1];
list2.push(list2);
assert.ok(isDeepStrictEqual(list1, list2));

// A cycle through two objects against a cycle through one.
const p = {};
const q = { p };
p.q = q;
const r = {};
const s = { p: r };
r.q = s;
assert.ok(isDeepStrictEqual(p, r));

const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
assert.ok(isDeepStrictEqual(m1, m2));
