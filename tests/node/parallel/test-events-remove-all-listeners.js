'use strict';
// removeAllListeners(type) empties one event, removeAllListeners() all of
// them, announcing each removal to 'removeListener' listeners, which go last.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const a = () => {};
const b = () => {};
emitter.on('a', a);
emitter.on('a', b);
emitter.on('b', a);
const removed = [];
emitter.on('removeListener', common.mustCall((type, listener) => {
  removed.push([type, listener === a ? 'a' : listener === b ? 'b' : 'other']);
}, 3));
assert.strictEqual(emitter.removeAllListeners('a'), emitter);
// Listeners of one event go from the last added to the first.
assert.deepStrictEqual(removed, [['a', 'b'], ['a', 'a']]);
assert.deepStrictEqual(emitter.eventNames(), ['b', 'removeListener']);
emitter.removeAllListeners();
assert.deepStrictEqual(removed, [['a', 'b'], ['a', 'a'], ['b', 'a']]);
assert.deepStrictEqual(emitter.eventNames(), []);
