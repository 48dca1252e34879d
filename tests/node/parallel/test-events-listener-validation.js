'use strict';
// A listener must be a function: on, once, prepend*, off all say
// ERR_INVALID_ARG_TYPE otherwise.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
                      'off', 'removeListener']) {
  for (const bad of [null, 'f', 1, {}]) {
    assert.throws(() => emitter[method]('e', bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
    }, `${method}(${String(bad)})`);
  }
}
assert.deepStrictEqual(emitter.eventNames(), []);
