'use strict';
// What a transfer list of ports refuses: the port it is posted on, the same
// port twice, a port already sent, and a port found in the value but not
// listed. Nothing is sent when the post is refused.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
const dataClone = (message) => ({ name: 'DataCloneError', message });

assert.throws(() => port1.postMessage('x', [port1]),
              dataClone('Transfer list contains source port'));
assert.throws(() => port1.postMessage('x', [other.port1, other.port1]),
              dataClone('Transfer list contains duplicate MessagePort'));
assert.throws(() => port1.postMessage({ port: other.port1 }), {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
});
port1.postMessage({ port: other.port1 }, [other.port1]);
assert.throws(() => port1.postMessage('x', [other.port1]),
              dataClone('MessagePort in transfer list is already detached'));

port2.on('message', common.mustCall((message) => {
  assert.strictEqual(message.port.constructor.name, 'MessagePort');
  message.port.close();
  port1.close();
}));
other.port2.on('close', common.mustCall());
