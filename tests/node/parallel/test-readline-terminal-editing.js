'use strict';
// Line editing keys change rl.line and rl.cursor as a shell's would.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true });
const type = (keys) => input.write(keys);
type('hello world');
assert.strictEqual(rl.cursor, 11);
type('\x01');                        // Ctrl-A: start
assert.strictEqual(rl.cursor, 0);
type('\x1bf');                       // Alt-F: past "hello "
assert.strictEqual(rl.cursor, 6);
type('\x0b');                        // Ctrl-K: kill to the end
assert.strictEqual(rl.line, 'hello ');
type('\x19');                        // Ctrl-Y: yank it back
assert.strictEqual(rl.line, 'hello world');
type('\x17');                        // Ctrl-W: delete a word left
assert.strictEqual(rl.line, 'hello ');
type('\x1b[D\x1b[D');
type('\x7f');                        // backspace
assert.strictEqual(rl.line, 'helo ');
type('\x1b[3~');                     // delete
assert.strictEqual(rl.line, 'hel ');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
type('\x15');                        // Ctrl-U
assert.strictEqual(rl.line, ' ');
assert.strictEqual(rl.cursor, 0);
rl.close();
