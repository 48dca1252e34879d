'use strict';
// process is an EventEmitter: its methods return process, and any event
// name can be used on it.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.ok(process instanceof EventEmitter);
assert.strictEqual(typeof process.on, 'function');
const listener = common.mustCall((a, b) => assert.deepStrictEqual([a, b], [1, 2]));
assert.strictEqual(process.on('custom-event', listener), process);
assert.strictEqual(process.emit('custom-event', 1, 2), true);
assert.strictEqual(process.off('custom-event', listener), process);
assert.strictEqual(process.emit('custom-event'), false);
