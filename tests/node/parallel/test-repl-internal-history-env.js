'use strict';
// Flags: --expose-internals
// The standalone REPL's settings from the environment: NODE_REPL_HISTORY
// names the history file ('' turns it off), NODE_REPL_HISTORY_SIZE bounds it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { PassThrough } = require('stream');
const { createInternalRepl } = require('internal/repl');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'env-history');
fs.writeFileSync(file, 'from file');
const input = new PassThrough();
const options = { input, output: new PassThrough(), terminal: true, useColors: false,
                  preview: false };
createInternalRepl({ NODE_REPL_HISTORY: file, NODE_REPL_HISTORY_SIZE: '3' }, options,
                   common.mustSucceed((repl) => {
                     assert.strictEqual(repl.historySize, 3);
                     assert.deepStrictEqual(repl.history, ['from file']);
                     input.write('"typed"\r');
                     const poll = setInterval(() => {
                       if (!fs.readFileSync(file, 'utf8').startsWith('"typed"')) return;
                       clearInterval(poll);
                       repl.close();
                     }, 10);
                   }));

const off = path.join(tmpdir.path, 'never-written');
const input2 = new PassThrough();
createInternalRepl({ NODE_REPL_HISTORY: '  ' },
                   { ...options, input: input2, output: new PassThrough() },
                   common.mustSucceed((repl) => {
                     input2.write('1\r');
                     assert.deepStrictEqual(repl.history, ['1']);
                     assert.strictEqual(repl.historySize, 1000);
                     assert.strictEqual(fs.existsSync(off), false);
                     repl.close();
                   }));
