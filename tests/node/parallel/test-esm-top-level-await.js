'use strict';
// Top-level await: an importer runs only when the awaited module finished.
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

write('slow.mjs', `
  export const steps = ['start'];
  await new Promise((resolve) => setTimeout(resolve, 5));
  steps.push('after await');
  export const done = true;
`);
write('uses-slow.mjs', `
  import { steps, done } from './slow.mjs';
  export const seen = [...steps, done];
`);
import(tmpdir.resolve('uses-slow.mjs')).then(common.mustCall((ns) => {
  assert.deepStrictEqual(ns.seen, ['start', 'after await', true]);
}));
