'use strict';
// setMaxListeners(0) means no limit; a negative or NaN limit is refused.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

process.on('warning', common.mustNotCall());
const emitter = new EventEmitter();
assert.strictEqual(emitter.getMaxListeners(), EventEmitter.defaultMaxListeners);
emitter.setMaxListeners(0);
for (let i = 0; i < 30; i++) emitter.on('e', () => {});
assert.strictEqual(emitter.listenerCount('e'), 30);
for (const bad of [-1, NaN]) {
  assert.throws(() => emitter.setMaxListeners(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => emitter.setMaxListeners('3'), { code: 'ERR_INVALID_ARG_TYPE' });
