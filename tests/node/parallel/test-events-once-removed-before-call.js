'use strict';
// A once listener is removed before it is called: inside it the emitter no
// longer lists it, and emitting again from inside it does not call it twice.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.once('ping', common.mustCall(function(value) {
  assert.strictEqual(value, 1);
  assert.strictEqual(emitter.listenerCount('ping'), 0);
  assert.deepStrictEqual(emitter.eventNames(), []);
  assert.strictEqual(emitter.emit('ping', 2), false);
}));
assert.strictEqual(emitter.emit('ping', 1), true);
assert.strictEqual(emitter.emit('ping', 3), false);
