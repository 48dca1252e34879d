'use strict';
// With captureRejections, a listener's rejected promise becomes an 'error'
// event of the emitter, after the emit has returned.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter({ captureRejections: true });
const failure = new Error('async listener failed');
let returned = false;
emitter.on('work', async () => { throw failure; });
emitter.on('error', common.mustCall((error) => {
  assert.strictEqual(returned, true);
  assert.strictEqual(error, failure);
}));
assert.strictEqual(emitter.emit('work'), true);
returned = true;
assert.throws(() => new EventEmitter({ captureRejections: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
