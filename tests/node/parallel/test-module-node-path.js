'use strict';
// NODE_PATH names extra folders, ':'-separated, searched after every
// node_modules/ folder and before the home folders. Empty parts are skipped;
// a relative part stays relative (found from the cwd). It is read once, when
// the process starts, so the test runs child processes.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(relative, content) {
  const file = tmpdir.resolve(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

write('first/only-first.js', 'module.exports = "only in first";');
write('first/both.js', 'module.exports = "both, from first";');
write('second/both.js', 'module.exports = "both, from second";');
write('second/pkg/package.json', '{"main": "main.js"}');
write('second/pkg/main.js', 'module.exports = "package in second";');
// A node_modules/ beside the script wins over NODE_PATH.
write('app/node_modules/both.js', 'module.exports = "both, from node_modules";');
const script = write('app/main.js', `
  const Module = require('module');
  console.log(JSON.stringify({
    onlyFirst: require('only-first'),
    both: require('both'),
    pkg: require('pkg'),
    global: Module.globalPaths.slice(0, 2),
    resolved: require.resolve.paths('anything').includes('second'),
  }));
`);

function run(nodePath) {
  const child = spawnSync(process.execPath, [script], {
    cwd: tmpdir.path,
    env: { ...process.env, NODE_PATH: nodePath },
    encoding: 'utf8',
  });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  return JSON.parse(child.stdout);
}

// An absolute part, an empty part and a relative part.
const seen = run(`${tmpdir.resolve('first')}::second`);
assert.deepStrictEqual(seen, {
  onlyFirst: 'only in first',
  both: 'both, from node_modules',
  pkg: 'package in second',
  global: [tmpdir.resolve('first'), 'second'],
  resolved: true,
});

// Without NODE_PATH, the same requests are not found.
const child = spawnSync(process.execPath, ['-e', 'require("only-first")'], {
  cwd: tmpdir.path,
  env: { ...process.env, NODE_PATH: '' },
  encoding: 'utf8',
});
assert.notStrictEqual(child.status, 0);
assert.match(child.stderr, /Cannot find module 'only-first'/);
