'use strict';
// A cycle: the module imported last runs first and sees its importer's
// bindings uninitialized (the temporal dead zone), then live.
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

write('a.mjs', `
  import { b, getA } from './b.mjs';
  export const a = 'a';
  export const order = [];
  export const fromB = getA();
  export { b };
`);
write('b.mjs', `
  import { a } from './a.mjs';
  export const b = 'b';
  export function getA() { return a; }
  let early;
  try { early = a; } catch (error) { early = error.name; }
  export { early };
`);
import(tmpdir.resolve('a.mjs')).then(common.mustCall(async (ns) => {
  assert.strictEqual(ns.fromB, 'a');
  assert.strictEqual(ns.b, 'b');
  const b = await import(tmpdir.resolve('b.mjs'));
  // b ran first and read `a` before a.mjs had initialized it.
  assert.strictEqual(b.early, 'ReferenceError');
}));
