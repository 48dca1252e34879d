'use strict';
// Every BroadcastChannel of a name but the poster receives what is posted,
// as a MessageEvent; a channel of another name receives nothing.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const poster = new BroadcastChannel('weather');
const a = new BroadcastChannel('weather');
const b = new BroadcastChannel('weather');
const elsewhere = new BroadcastChannel('sport');
poster.onmessage = common.mustNotCall();
elsewhere.onmessage = common.mustNotCall();
let pending = 2;
const check = common.mustCall((event) => {
  assert.strictEqual(event.type, 'message');
  assert.deepStrictEqual(event.data, { sky: 'grey', at: new Date(0) });
  if (--pending === 0) {
    for (const channel of [poster, a, b, elsewhere]) channel.close();
  }
}, 2);
a.onmessage = check;
b.addEventListener('message', check);
assert.strictEqual(a.name, 'weather');
poster.postMessage({ sky: 'grey', at: new Date(0) });
