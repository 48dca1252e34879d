// CommonJS from files: relative, absolute and bare specifiers, extensions,
// folders with package.json "main" and index files, node_modules walked
// upwards, the cache by real path, cycles, require.resolve and its paths.
const fs = require('fs');
const path = require('path');

const base = path.join(process.env.TMPDIR || '/tmp', `cjs-${process.pid}-${Date.now()}`);
const show = (value) => String(value).split(base).join('TMP');

function write(file, text) {
  const full = path.join(base, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}

write('app/main.js', `
  exports.name = 'main';
  exports.thisIsExports = this === module.exports;
  exports.args = [typeof require, typeof module, __filename, __dirname];
`);
write('app/data.json', '{ "answer": 42, "list": [1, 2] }');
write('app/noext', 'module.exports = "a file without an extension";');
write('app/lib/index.js', 'module.exports = "lib/index.js";');
write('app/pkg/package.json', '{ "main": "./entry" }');
write('app/pkg/entry.js', 'module.exports = "pkg main, extension added";');
write('app/node_modules/up/index.js', 'module.exports = "found in app/node_modules";');
write('app/deep/er/file.js', 'module.exports = require("up") + " from deep/er";');
write('app/cycle-a.js', `
  exports.early = 'a early';
  const b = require('./cycle-b');
  exports.late = 'a late';
  exports.bSawOfA = b.sawOfA;
`);
write('app/cycle-b.js', `
  const a = require('./cycle-a');
  exports.sawOfA = Object.keys(a).join(',');
`);
write('app/counter.js', 'globalThis.loads = (globalThis.loads || 0) + 1; module.exports = {};');

const main = require(path.join(base, 'app/main.js'));
console.log('main', main.name, main.thisIsExports, show(main.args.join(' ')));
console.log('json', JSON.stringify(require(`${base}/app/data.json`)));
console.log('no extension', require(`${base}/app/noext`));
console.log('folder index', require(`${base}/app/lib`));
console.log('package main', require(`${base}/app/pkg`));
console.log('node_modules', require(`${base}/app/deep/er/file.js`));
const a = require(`${base}/app/cycle-a`);
console.log('cycle', a.early, a.late, a.bSawOfA);

require(`${base}/app/counter.js`);
require(`${base}/app/counter`);
require(`${base}/app/../app/counter.js`);
console.log('loaded once', globalThis.loads);
const counterPath = require.resolve(`${base}/app/counter`);
console.log('resolve', show(counterPath), counterPath in require.cache);
delete require.cache[counterPath];
require(`${base}/app/counter`);
console.log('after deleting the cache entry', globalThis.loads);

console.log('resolve with paths', show(require.resolve('up', { paths: [`${base}/app/deep`] })));
console.log('resolve.paths relative', require.resolve.paths('./x')[0] === __dirname);
console.log('resolve.paths builtin', require.resolve.paths('fs'));
console.log('resolve builtin', require.resolve('fs'), require.resolve('node:fs'));
console.log('main module', require.main === module, module.id, typeof module.paths[0]);
console.log('children', module.children.map((m) => show(m.id)).slice(0, 3));

fs.rmSync(base, { recursive: true, force: true });
