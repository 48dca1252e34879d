'use strict';
// A listener that removes a later listener during an emit does not stop
// that emit from calling it; the next emit does not.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const second = common.mustCall(1);
emitter.on('e', common.mustCall(() => emitter.removeListener('e', second), 2));
emitter.on('e', second);
emitter.emit('e');
emitter.emit('e');
assert.strictEqual(emitter.listenerCount('e'), 1);
// Likewise a listener added during an emit waits for the next one.
const late = common.mustCall(1);
const target = new EventEmitter();
target.on('e', common.mustCall(() => target.on('e', late), 2));
target.emit('e');
target.emit('e');
