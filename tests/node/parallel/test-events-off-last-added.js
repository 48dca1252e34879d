'use strict';
// off() removes one listener: when the same function was added twice, the
// last one added goes, and the count drops by one.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const calls = [];
const listener = common.mustCall((tag) => calls.push(tag), 3);
const other = common.mustCall(() => calls.push('other'), 2);
emitter.on('e', listener);
emitter.on('e', other);
emitter.on('e', listener);
emitter.emit('e', 'first');
assert.strictEqual(emitter.off('e', listener), emitter);
assert.strictEqual(emitter.listenerCount('e'), 2);
emitter.emit('e', 'second');
assert.deepStrictEqual(calls, ['first', 'other', 'first', 'second', 'other']);
// Removing a function that is not a listener changes nothing.
emitter.off('e', () => {});
emitter.off('nothing', listener);
assert.strictEqual(emitter.listenerCount('e'), 2);
