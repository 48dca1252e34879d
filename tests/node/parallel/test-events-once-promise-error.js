'use strict';
// events.once rejects when 'error' comes first; waiting for 'error' itself
// resolves with it.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const emitter = new EventEmitter();
const failure = new Error('failed first');
assert.rejects(once(emitter, 'done'), (error) => error === failure).then(common.mustCall(() => {
  assert.strictEqual(emitter.listenerCount('done'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
}));
emitter.emit('error', failure);

const other = new EventEmitter();
once(other, 'error').then(common.mustCall(([error]) => assert.strictEqual(error, failure)));
other.emit('error', failure);
