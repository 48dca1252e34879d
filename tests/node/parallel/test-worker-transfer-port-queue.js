'use strict';
// Messages that wait on a port when it is transferred go with it, in order,
// and the sender's object closes (its 'close' event).
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const carrier = new MessageChannel();
const { port1, port2 } = new MessageChannel();
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
port2.on('close', common.mustCall());
carrier.port1.postMessage(port2, [port2]);

carrier.port2.once('message', common.mustCall((moved) => {
  const seen = [];
  moved.on('message', common.mustCall((n) => {
    seen.push(n);
    if (seen.length === 3) {
      assert.deepStrictEqual(seen, [1, 2, 3]);
      moved.close();
      carrier.port1.close();
    }
  }, 3));
}));
