// What require() throws: MODULE_NOT_FOUND with the require stack, unknown
// node: built-ins, bad ids, package.json "exports" that hide a subpath, a
// JSON file that does not parse, and an error thrown while a module loads
// (the module is not cached, so the next require runs it again).
const fs = require('fs');
const path = require('path');

const base = path.join(process.env.TMPDIR || '/tmp', `cjs-errors-${process.pid}-${Date.now()}`);
const show = (value) => String(value).split(base).join('TMP').split(__dirname).join('DIR');

function write(file, text) {
  const full = path.join(base, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}

function attempt(label, fn) {
  try {
    console.log(label, 'returned', show(fn()));
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(show(error.message)));
    if (error.requireStack) console.log('  requireStack', error.requireStack.map(show));
  }
}

write('outer.js', 'module.exports = require("./inner");');
write('inner.js', 'module.exports = require("./missing");');
write('bad.json', '{ "a": 1, }');
write('throws.js', 'globalThis.tries = (globalThis.tries || 0) + 1; throw new Error("boom");');
write('node_modules/exp/package.json', JSON.stringify({
  name: 'exp',
  exports: {
    '.': { require: './main.js', import: './main.mjs', default: './never.js' },
    './feature': './lib/feature.js',
    './sub/*': './lib/sub/*.js',
    './hidden': null,
  },
}));
write('node_modules/exp/main.js', 'module.exports = "exp main (require condition)";');
write('node_modules/exp/lib/feature.js', 'module.exports = "exp feature";');
write('node_modules/exp/lib/sub/one.js', 'module.exports = "exp sub/one by pattern";');
write('node_modules/exp/lib/secret.js', 'module.exports = "never reachable";');
write('user.js', `
  module.exports = ['exp', 'exp/feature', 'exp/sub/one'].map((id) => require(id));
`);
write('user-hidden.js', 'module.exports = require("exp/lib/secret.js");');
write('user-null.js', 'module.exports = require("exp/hidden");');

attempt('missing relative', () => require('./no-such-file'));
attempt('missing bare', () => require('no-such-package'));
attempt('nested missing', () => require(`${base}/outer.js`));
attempt('unknown node:', () => require('node:no-such-module'));
attempt('empty id', () => require(''));
attempt('number id', () => require(42));
try {
  require(`${base}/bad.json`);
} catch (error) {
  // (V8 versions word JSON errors differently: only the file name is compared.)
  console.log('bad json', error.name, show(error.message.slice(0, error.message.indexOf(': '))));
}
attempt('throws once', () => require(`${base}/throws.js`));
attempt('throws twice', () => require(`${base}/throws.js`));
console.log('tries', globalThis.tries);
attempt('exports map', () => require(`${base}/user.js`).join(' | '));
attempt('not exported', () => require(`${base}/user-hidden.js`));
attempt('exported as null', () => require(`${base}/user-null.js`));

fs.rmSync(base, { recursive: true, force: true });
