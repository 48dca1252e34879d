'use strict';
// emit('error') with no listener throws: an Error is thrown as is; any
// other value is wrapped in ERR_UNHANDLED_ERROR with the value as context.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const error = new TypeError('boom');
assert.throws(() => emitter.emit('error', error), (thrown) => thrown === error);
assert.throws(() => emitter.emit('error', 'just a string'), (thrown) => {
  assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
  assert.strictEqual(thrown.name, 'Error');
  assert.strictEqual(thrown.context, 'just a string');
  assert.match(thrown.message, /Unhandled error\. \('just a string'\)/);
  return true;
});
assert.throws(() => emitter.emit('error'), { code: 'ERR_UNHANDLED_ERROR' });
// With a listener, nothing is thrown and emit says someone heard it.
emitter.on('error', () => {});
assert.strictEqual(emitter.emit('error', error), true);
