'use strict';
// A class that extends EventEmitter is an emitter: listeners are called
// with `this` the instance, emit returns whether anyone listened, and an
// arrow listener keeps its own `this`.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

class Door extends EventEmitter {
  open() { return this.emit('open', this.name); }
}
const door = new Door();
door.name = 'front';
assert.ok(door instanceof EventEmitter);
assert.strictEqual(door.open(), false);
door.on('open', common.mustCall(function(name) {
  assert.strictEqual(this, door);
  assert.strictEqual(name, 'front');
}));
const outer = this;
door.on('open', common.mustCall(() => assert.strictEqual(this, outer)));
assert.strictEqual(door.open(), true);
