'use strict';
// BroadcastChannel, MessageChannel, MessagePort and MessageEvent are
// globals, the same as worker_threads' exports.
require('../common');
const assert = require('assert');
const threads = require('worker_threads');

assert.strictEqual(globalThis.BroadcastChannel, threads.BroadcastChannel);
assert.strictEqual(globalThis.MessageChannel, threads.MessageChannel);
assert.strictEqual(globalThis.MessagePort, threads.MessagePort);
assert.strictEqual(typeof MessageEvent, 'function');
const event = new MessageEvent('message', { data: [1, 2] });
assert.deepStrictEqual(event.data, [1, 2]);
assert.strictEqual(event.type, 'message');
const channel = new BroadcastChannel('g');
assert.ok(channel instanceof EventTarget);
channel.close();
