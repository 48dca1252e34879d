'use strict';
// More listeners than getMaxListeners() for one event makes a single
// MaxListenersExceededWarning, emitted as process's 'warning'.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.setMaxListeners(2);
assert.strictEqual(emitter.getMaxListeners(), 2);
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.strictEqual(warning.emitter, emitter);
  assert.strictEqual(warning.type, 'data');
  assert.strictEqual(warning.count, 3);
  assert.match(warning.message, /3 data listeners added to \[EventEmitter\]/);
}));
for (let i = 0; i < 5; i++) emitter.on('data', () => {});
// Another event has its own count: two is fine.
emitter.on('end', () => {});
emitter.on('end', () => {});
