'use strict';
// getColorDepth and hasColors answer from the environment given, as Node's
// do; isatty is false for what is not a terminal; a file is no TTY.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call(null, env);
assert.strictEqual(depth({}), 1);
assert.strictEqual(depth({ TERM: 'dumb' }), 1);
assert.strictEqual(depth({ TERM: 'xterm' }), 4);
assert.strictEqual(depth({ TERM: 'xterm-256color' }), 8);
assert.strictEqual(depth({ TERM: 'screen' }), 4);
assert.strictEqual(depth({ COLORTERM: 'truecolor' }), 24);
assert.strictEqual(depth({ TERM: 'xterm-256color', NO_COLOR: '1' }), 1);
assert.strictEqual(depth({ FORCE_COLOR: '2' }), 8);
assert.strictEqual(depth({ FORCE_COLOR: '' }), 4);
assert.strictEqual(depth({ TMUX: '1', COLORTERM: 'truecolor' }), 8);
assert.strictEqual(depth({ CI: '1', GITHUB_ACTIONS: '1' }), 8);
assert.strictEqual(depth({ CI: '1' }), 1);
assert.strictEqual(depth({ TERM_PROGRAM: 'Apple_Terminal' }), 8);

const hasColors = (...args) => tty.WriteStream.prototype.hasColors.call(null, ...args);
assert.strictEqual(hasColors(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors(257, { TERM: 'xterm-256color' }), false);
assert.strictEqual(hasColors({ TERM: 'xterm' }), true);
assert.strictEqual(hasColors({}), false);
assert.throws(() => hasColors(1, {}), { code: 'ERR_OUT_OF_RANGE' });

assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty('0'), false);
assert.strictEqual(tty.isatty(2 ** 31), false);

const file = tmpdir.resolve('not-a-tty');
const fd = fs.openSync(file, 'w');
assert.strictEqual(tty.isatty(fd), false);
assert.throws(() => new tty.WriteStream(fd), {
  code: 'ERR_TTY_INIT_FAILED', name: 'SystemError',
  message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
});
assert.throws(() => new tty.ReadStream(-1), { code: 'ERR_INVALID_FD', name: 'RangeError' });
fs.closeSync(fd);
