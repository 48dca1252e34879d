'use strict';
// cursorTo/moveCursor/clearLine/clearScreenDown write ANSI sequences, call
// back after the write, and with no stream call back on the next tick.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Writable } = require('stream');

const written = [];
const out = new Writable({ write(chunk, enc, cb) { written.push(chunk.toString()); cb(); } });
assert.strictEqual(readline.cursorTo(out, 2, 3, common.mustCall()), true);
readline.moveCursor(out, -1, 2, common.mustCall());
readline.clearLine(out, 0, common.mustCall());
readline.clearScreenDown(out, common.mustCall());
assert.deepStrictEqual(written, ['\x1b[4;3H', '\x1b[1D\x1b[2B', '\x1b[2K', '\x1b[0J']);
let sync = true;
readline.cursorTo(null, 1, common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;
assert.throws(() => readline.cursorTo(out, 'a', 1), { code: 'ERR_INVALID_CURSOR_POS' });
assert.throws(() => readline.moveCursor(out, 1, 1, 7), { code: 'ERR_INVALID_ARG_TYPE' });
