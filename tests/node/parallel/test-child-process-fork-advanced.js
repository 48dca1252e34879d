'use strict';
// serialization: 'advanced' carries what JSON cannot (Maps, Sets, BigInts,
// Dates, typed arrays, undefined), and large messages arrive whole.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m));
  return;
}
const big = 'z'.repeat(300000);
const sent = [
  new Map([['k', new Set([1n, 2n])]]),
  new Float64Array([0.5, -1]),
  { when: new Date(86400000), nothing: undefined, nested: [null, [big]] },
];
const child = cp.fork(__filename, ['child'], { serialization: 'advanced' });
const received = [];
child.on('message', common.mustCall((m) => {
  received.push(m);
  if (received.length === sent.length) {
    assert.deepStrictEqual(received, sent);
    child.disconnect();
  }
}, sent.length));
for (const m of sent) child.send(m);
assert.throws(() => cp.fork(__filename, ['child'], { serialization: 'yaml' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
