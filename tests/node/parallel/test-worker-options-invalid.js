'use strict';
// Options of the wrong type are refused before any thread starts.
require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const code = 'process.exit(3)';
assert.throws(() => new Worker(code, { eval: true, env: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
});
assert.throws(() => new Worker(code, { eval: true, argv: 'a b' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"options\.argv" property must be an instance of Array/,
});
assert.throws(() => new Worker(code, { eval: true, execArgv: '--x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"options\.execArgv" property must be an instance of Array/,
});
assert.throws(() => new Worker('nope.js'), { code: 'ERR_WORKER_PATH' });
