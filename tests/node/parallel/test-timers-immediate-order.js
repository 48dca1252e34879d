'use strict';
// Immediates run in the order they were queued; one queued by an immediate
// runs in a later turn, after the ones already queued; one cleared by an
// earlier immediate of the same turn does not run.
const common = require('../common');
const assert = require('assert');

const order = [];
let later = null;
setImmediate(common.mustCall(() => {
  order.push('a');
  setImmediate(common.mustCall(() => order.push('queued by a')));
  clearImmediate(later);
}));
setImmediate(common.mustCall(() => order.push('b')));
later = setImmediate(common.mustNotCall('cleared by a'));
setImmediate(common.mustCall(() => order.push('c')));
clearImmediate(setImmediate(common.mustNotCall()));
process.on('exit', () => assert.deepStrictEqual(order, ['a', 'b', 'c', 'queued by a']));
