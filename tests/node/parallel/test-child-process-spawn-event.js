'use strict';
// 'spawn' comes once, before 'exit' and 'close'.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const order = [];
const child = cp.spawn('true');
child.on('spawn', common.mustCall(() => order.push('spawn')));
child.on('exit', common.mustCall(() => order.push('exit')));
child.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['spawn', 'exit', 'close']);
}));
