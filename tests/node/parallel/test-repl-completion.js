'use strict';
// replServer.complete: commands, built-in module names, members of an
// object and its prototype chain.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const server = repl.start({ input: new PassThrough(), output: new PassThrough(),
                            terminal: false });
server.complete('.ex', common.mustSucceed(([list, on]) => {
  assert.deepStrictEqual(list, ['exit']);
  assert.strictEqual(on, 'ex');
}));
server.complete("require('pat", common.mustSucceed(([list]) => {
  assert.ok(list.includes('path'));
}));
server.context.zzCompletionTarget = { first: 1, fine: 2 };
server.complete('zzCompletionTarget.f', common.mustSucceed(([list, on]) => {
  assert.deepStrictEqual(list, ['zzCompletionTarget.fine', 'zzCompletionTarget.first']);
  assert.strictEqual(on, 'zzCompletionTarget.f');
}));
server.complete('zzCompletionTar', common.mustSucceed(([list]) => {
  assert.deepStrictEqual(list, ['zzCompletionTarget']);
}));
server.close();
