'use strict';
// rawListeners shows once wrappers (with .listener the original, and
// calling the wrapper removes it); listeners() shows the originals. Both
// return copies.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const onceFn = common.mustCall();
const plain = () => {};
emitter.once('e', onceFn);
emitter.on('e', plain);
assert.deepStrictEqual(emitter.listeners('e'), [onceFn, plain]);
const raw = emitter.rawListeners('e');
assert.strictEqual(raw.length, 2);
assert.notStrictEqual(raw[0], onceFn);
assert.strictEqual(raw[0].listener, onceFn);
assert.strictEqual(raw[1], plain);
raw.pop();
assert.strictEqual(emitter.listenerCount('e'), 2);
raw[0]();
assert.deepStrictEqual(emitter.listeners('e'), [plain]);
raw[0]();  // a fired wrapper does nothing more
