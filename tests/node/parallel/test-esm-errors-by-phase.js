'use strict';
// Errors of each phase: parse (SyntaxError), link (a missing export),
// evaluate (the module's own throw, remembered).
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

write('throws.mjs', 'export const x = 1; throw new RangeError("evaluation failed");');
write('bad.mjs', 'export const = 1;');
write('missing.mjs', 'import { nope } from "./throws.mjs";');
(async () => {
  const file = tmpdir.resolve('throws.mjs');
  const first = await import(file).catch((error) => error);
  assert.ok(first instanceof RangeError);
  // The module stays errored: the same error, without running it again.
  assert.strictEqual(await import(file).catch((error) => error), first);
  await assert.rejects(import(tmpdir.resolve('bad.mjs')), SyntaxError);
  await assert.rejects(import(tmpdir.resolve('missing.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './throws.mjs' does not provide an export named 'nope'",
  });
})().then(common.mustCall());
