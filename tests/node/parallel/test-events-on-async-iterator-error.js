'use strict';
// An 'error' event ends a for await over events.on with that error.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const emitter = new EventEmitter();
const failure = new Error('stream broke');
const seen = [];
assert.rejects(async () => {
  for await (const [value] of on(emitter, 'data')) {
    seen.push(value);
    if (value === 'b') process.nextTick(() => emitter.emit('error', failure));
  }
}, (error) => error === failure).then(common.mustCall(() => {
  assert.deepStrictEqual(seen, ['a', 'b']);
  assert.strictEqual(emitter.listenerCount('data'), 0);
}));
emitter.emit('data', 'a');
emitter.emit('data', 'b');
