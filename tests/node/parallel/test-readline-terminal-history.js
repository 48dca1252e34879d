'use strict';
// Terminal mode: Enter adds to the history (newest first) and emits
// 'history'; blank lines are not kept; up/down walk it; historySize 0 keeps
// nothing.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true });
rl.on('history', common.mustCall((history) => assert.ok(Array.isArray(history)), 2));
input.write('first\r');
input.write('   \r');
input.write('second\r');
assert.deepStrictEqual(rl.history, ['second', 'first']);
input.write('\x1b[A');
assert.strictEqual(rl.line, 'second');
input.write('\x1b[A');
assert.strictEqual(rl.line, 'first');
input.write('\x1b[B');
assert.strictEqual(rl.line, 'second');
input.write('\x1b[B');
assert.strictEqual(rl.line, '');
rl.close();

const none = readline.createInterface({ input: new PassThrough(), output: new PassThrough(),
                                        terminal: true, historySize: 0 });
none.write('kept nowhere\r');
assert.deepStrictEqual(none.history, []);
none.close();
