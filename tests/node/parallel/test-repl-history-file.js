'use strict';
// setupHistory loads earlier lines (newest first) for the up arrow and
// saves new ones to the file.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'history');
fs.writeFileSync(file, 'older\nold');
const input = new PassThrough();
const server = repl.start({ input, output: new PassThrough(), terminal: true, useColors: false,
                            preview: false });
server.setupHistory(file, common.mustSucceed((r) => {
  assert.strictEqual(r, server);
  assert.deepStrictEqual(server.history.slice(0, 2), ['older', 'old']);
  input.write('\x1b[A');
  assert.strictEqual(server.line, 'older');
  input.write('\x15');
  input.write('1 + 1\r');
  const check = setInterval(() => {
    const saved = fs.readFileSync(file, 'utf8');
    if (!saved.startsWith('1 + 1')) return;
    clearInterval(check);
    assert.deepStrictEqual(saved.split('\n').slice(0, 3), ['1 + 1', 'older', 'old']);
    server.close();
  }, 10);
}));
