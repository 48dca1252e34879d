'use strict';
// events.on is an async iterator of every event's arguments, including
// events emitted before anyone asked; break removes its listeners.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const emitter = new EventEmitter();
(async () => {
  const iterator = on(emitter, 'item');
  emitter.emit('item', 1);
  emitter.emit('item', 2, 'b');
  process.nextTick(() => emitter.emit('item', 3));
  const seen = [];
  for await (const args of iterator) {
    seen.push(args);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, [[1], [2, 'b'], [3]]);
  assert.strictEqual(emitter.listenerCount('item'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
})().then(common.mustCall());
