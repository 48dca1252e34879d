'use strict';
// listenerCount counts the listeners of one event; with a listener as
// second argument it counts that function only (once wrappers included).
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const f = () => {};
const g = () => {};
assert.strictEqual(emitter.listenerCount('e'), 0);
emitter.on('e', f);
emitter.once('e', f);
emitter.on('e', g);
assert.strictEqual(emitter.listenerCount('e'), 3);
assert.strictEqual(emitter.listenerCount('e', f), 2);
assert.strictEqual(emitter.listenerCount('e', g), 1);
assert.strictEqual(emitter.listenerCount('other'), 0);
assert.strictEqual(EventEmitter.listenerCount(emitter, 'e'), 3);
