'use strict';
// Closing one end of a MessageChannel emits 'close' on both ends; messages
// posted to a closed port are dropped without an error.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((value) => assert.strictEqual(value, 'before'), 1));
port1.on('close', common.mustCall());
port2.on('close', common.mustCall(() => port1.postMessage('after')));
port1.postMessage('before');
setTimeout(common.mustCall(() => port1.close()), 10);
