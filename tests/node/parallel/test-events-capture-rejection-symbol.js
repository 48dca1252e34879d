'use strict';
// An emitter with a [Symbol.for('nodejs.rejection')] method gets a captured
// rejection there, with the event name and its arguments, not as 'error'.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
class Store extends EventEmitter {
  [EventEmitter.captureRejectionSymbol](error, event, ...args) {
    assert.strictEqual(error.message, 'nope');
    assert.strictEqual(event, 'save');
    assert.deepStrictEqual(args, ['key', 42]);
    this.handled = true;
  }
}
const store = new Store({ captureRejections: true });
store.on('error', common.mustNotCall());
store.on('save', async () => { throw new Error('nope'); });
store.emit('save', 'key', 42);
process.on('exit', () => assert.strictEqual(store.handled, true));
