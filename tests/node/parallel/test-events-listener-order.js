'use strict';
// Listeners run in the order they were added; prependListener puts one
// first; a once listener runs a single time and is gone before it runs.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const order = [];
emitter.on('event', common.mustCall(() => order.push('second'), 2));
emitter.prependListener('event', common.mustCall(() => order.push('first'), 2));
emitter.once('event', common.mustCall(function() {
  assert.strictEqual(this, emitter);
  assert.strictEqual(emitter.listenerCount('event'), 2);
  order.push('once');
}));
emitter.emit('event');
emitter.emit('event');
assert.deepStrictEqual(order, ['first', 'second', 'once', 'first', 'second']);
