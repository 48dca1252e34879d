'use strict';
// events.setMaxListeners(n, ...emitters) sets the limit of those emitters
// and events.getMaxListeners(emitter) reads it back; anything that is not
// an emitter is refused.
require('../common');
const assert = require('assert');
const events = require('events');

const a = new events.EventEmitter();
const b = new events.EventEmitter();
assert.strictEqual(events.getMaxListeners(a), events.defaultMaxListeners);
events.setMaxListeners(3, a, b);
assert.strictEqual(events.getMaxListeners(a), 3);
assert.strictEqual(b.getMaxListeners(), 3);
a.setMaxListeners(0);
assert.strictEqual(events.getMaxListeners(a), 0);
assert.throws(() => events.getMaxListeners({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => events.setMaxListeners(1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => events.setMaxListeners(-1, a), { code: 'ERR_OUT_OF_RANGE' });
