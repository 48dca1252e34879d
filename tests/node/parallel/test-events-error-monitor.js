'use strict';
// An errorMonitor listener sees an 'error' before the 'error' listeners,
// and does not count as handling it.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const error = new Error('watched');
const order = [];
emitter.on(EventEmitter.errorMonitor, common.mustCall((err) => {
  assert.strictEqual(err, error);
  order.push('monitor');
}, 2));
assert.throws(() => emitter.emit('error', error), (thrown) => thrown === error);
emitter.on('error', common.mustCall(() => order.push('listener')));
emitter.emit('error', error);
assert.deepStrictEqual(order, ['monitor', 'monitor', 'listener']);
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
