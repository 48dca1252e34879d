'use strict';
// Named exports of compiled CommonJS: the re-export shapes TypeScript and
// Babel write are followed to the files they re-export.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const write = (name, content) => fs.writeFileSync(tmpdir.resolve(name), content);
write('one.js', 'exports.one = 1;');
write('two.js', 'exports.two = 2;');
write('three.js', 'exports.three = 3;');
write('ts.js', `
var __exportStar = function (m, e) { for (var p in m) if (p !== "default") e[p] = m[p]; };
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./one"), exports);
`);
write('babel.js', `
var _two = require("./two");
Object.keys(_two).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _two[key];
});
`);
// Without Babel's guard first, the loop is not recognized (as in Node).
write('unguarded.js', `
var _two = require("./two");
Object.keys(_two).forEach(function (key) {
  exports[key] = _two[key];
});
`);
write('not-a-copy.js', `
var _three = require("./three");
Object.keys(_three).forEach(function (key) { exports.seen = key; });
`);

(async () => {
  const ts = await import(tmpdir.resolve('ts.js'));
  assert.deepStrictEqual(Object.keys(ts), ['__esModule', 'default', 'one']);
  assert.strictEqual(ts.one, 1);
  const babel = await import(tmpdir.resolve('babel.js'));
  assert.deepStrictEqual(Object.keys(babel), ['default', 'two']);
  assert.strictEqual(babel.two, 2);
  const unguarded = await import(tmpdir.resolve('unguarded.js'));
  assert.deepStrictEqual(Object.keys(unguarded), ['default']);
  const other = await import(tmpdir.resolve('not-a-copy.js'));
  assert.deepStrictEqual(Object.keys(other), ['default', 'seen']);
})().then(common.mustCall());
