'use strict';
// Concurrent import() calls: a bad specifier rejects first, built-ins and
// CommonJS files settle before module files (read asynchronously), and a
// module imported twice is evaluated once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const order = [];
globalThis.record = (what) => order.push(what);
fs.writeFileSync(tmpdir.resolve('dep.mjs'), 'record("evaluate dep"); export default 1;');
fs.writeFileSync(tmpdir.resolve('top.mjs'),
                 'import "./dep.mjs"; record("evaluate top"); export default 2;');
fs.writeFileSync(tmpdir.resolve('plain.cjs'), 'record("evaluate plain.cjs");');

const settled = (name) => () => order.push(`settled ${name}`);
const all = [
  import(tmpdir.resolve('top.mjs')).then(settled('top')),
  import('node:util').then(settled('util')),
  import(tmpdir.resolve('plain.cjs')).then(settled('plain.cjs')),
  import(tmpdir.resolve('missing.mjs')).catch(settled('missing')),
  import(tmpdir.resolve('top.mjs')).then(settled('top again')),
];
Promise.all(all).then(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'settled missing',
    'evaluate plain.cjs',
    'settled util',
    'settled plain.cjs',
    'evaluate dep',
    'evaluate top',
    'settled top',
    'settled top again',
  ]);
}));
