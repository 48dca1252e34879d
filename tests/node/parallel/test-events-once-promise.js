'use strict';
// events.once resolves with the arguments of the next event as an array,
// and removes its listeners afterwards.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const emitter = new EventEmitter();
once(emitter, 'ready').then(common.mustCall((args) => {
  assert.deepStrictEqual(args, [1, 'two']);
  assert.strictEqual(emitter.listenerCount('ready'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
}));
assert.strictEqual(emitter.listenerCount('ready'), 1);
assert.strictEqual(emitter.listenerCount('error'), 1);
emitter.emit('ready', 1, 'two');
emitter.emit('ready', 'ignored');
