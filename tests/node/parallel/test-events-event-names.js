'use strict';
// eventNames lists events with listeners: names in the order first added,
// then symbols, and forgets an event once its last listener is gone.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const sym = Symbol('s');
const f = () => {};
emitter.on('b', f);
emitter.on(sym, f);
emitter.on('a', f);
emitter.on('b', f);
assert.deepStrictEqual(emitter.eventNames(), ['b', 'a', sym]);
emitter.off('a', f);
assert.deepStrictEqual(emitter.eventNames(), ['b', sym]);
emitter.off('b', f);
assert.deepStrictEqual(emitter.eventNames(), ['b', sym]);
emitter.off('b', f);
emitter.off(sym, f);
assert.deepStrictEqual(emitter.eventNames(), []);
