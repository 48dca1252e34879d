'use strict';
// port.onmessage receives a MessageEvent-like object whose data is the
// value; setting it starts the port as a 'message' listener does.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.onmessage = common.mustCall((event) => {
  assert.deepStrictEqual(event.data, { n: 1 });
  port2.close();
});
port1.postMessage({ n: 1 });
