'use strict';
// pause/resume emit once per change of state; close emits 'close' once and
// pauses first; an input error reaches the interface's 'error'.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const events = [];
for (const name of ['pause', 'resume', 'close']) rl.on(name, () => events.push(name));
rl.pause();
rl.pause();
rl.resume();
rl.resume();
rl.close();
rl.close();
assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
assert.strictEqual(rl.closed, true);

const input2 = new PassThrough();
const rl2 = readline.createInterface({ input: input2 });
rl2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
input2.emit('error', new Error('boom'));
