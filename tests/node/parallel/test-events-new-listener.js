'use strict';
// 'newListener' is emitted before a listener is added: a listener added
// from inside it lands before the one being added. Once listeners are
// announced as the original function.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const order = [];
const seen = [];
let adding = false;
const inner = () => order.push('added in newListener');
emitter.on('newListener', common.mustCall(function(type, listener) {
  seen.push([type, listener, this.listenerCount(type)]);
  if (type === 'ready' && !adding) {
    adding = true;
    this.on('ready', inner);
  }
}, 3));
const first = () => order.push('first');
emitter.on('ready', first);
const onceFn = () => {};
emitter.once('other', onceFn);
// The inner addition is announced (and done) while the outer one waits.
assert.deepStrictEqual(seen, [
  ['ready', first, 0],
  ['ready', inner, 0],
  ['other', onceFn, 0],
]);
emitter.emit('ready');
assert.deepStrictEqual(order, ['added in newListener', 'first']);
