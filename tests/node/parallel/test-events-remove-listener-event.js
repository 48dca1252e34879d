'use strict';
// 'removeListener' comes after the listener is gone, with the original
// function when a once listener is removed or fires.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const onceFn = common.mustCall();
const plain = () => {};
emitter.once('x', onceFn);
emitter.on('y', plain);
const removed = [];
emitter.on('removeListener', common.mustCall((type, listener) => {
  assert.strictEqual(emitter.listenerCount(type), 0);
  removed.push([type, listener]);
}, 2));
emitter.emit('x');
emitter.removeListener('y', plain);
assert.deepStrictEqual(removed, [['x', onceFn], ['y', plain]]);
