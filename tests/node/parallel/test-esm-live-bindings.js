'use strict';
// An import is a live binding to the exporter's variable, not a copy;
// a namespace object is read-only.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(relative, content) {
  const file = tmpdir.resolve(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

write('counter.mjs', 'export let count = 0; export function add() { count += 1; }');
write('main.mjs', `
  import { count, add } from './counter.mjs';
  export const before = count;
  add();
  export const after = count;
`);
import(tmpdir.resolve('main.mjs')).then(common.mustCall((ns) => {
  assert.strictEqual(ns.before, 0);
  assert.strictEqual(ns.after, 1);
  return import(tmpdir.resolve('counter.mjs'));
})).then(common.mustCall((counter) => {
  assert.strictEqual(counter.count, 1);
  counter.add();
  assert.strictEqual(counter.count, 2);
  assert.throws(() => { counter.count = 9; }, TypeError);
}));
