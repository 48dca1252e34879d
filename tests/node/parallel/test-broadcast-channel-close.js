'use strict';
// A closed BroadcastChannel refuses postMessage (InvalidStateError), may be
// closed again, and receives nothing more.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('closing');
const b = new BroadcastChannel('closing');
b.onmessage = common.mustNotCall();
b.close();
b.close();
assert.throws(() => b.postMessage('x'), { name: 'InvalidStateError',
                                          message: 'BroadcastChannel is closed.' });
a.postMessage('nobody listens');
assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => a.postMessage(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => a.postMessage(() => {}), { name: 'DataCloneError' });
setTimeout(common.mustCall(() => a.close()), 20);
