'use strict';
// prependOnceListener puts a one-shot listener before the others.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const order = [];
emitter.on('e', common.mustCall(() => order.push('on'), 2));
emitter.prependOnceListener('e', common.mustCall(() => order.push('prepended once')));
emitter.emit('e');
emitter.emit('e');
assert.deepStrictEqual(order, ['prepended once', 'on', 'on']);
