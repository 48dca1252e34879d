'use strict';
// Timers with the same delay fire in the order they were created.
const common = require('../common');
const assert = require('assert');

const order = [];
for (let i = 0; i < 8; i++) setTimeout(common.mustCall(() => order.push(i)), 5);
process.on('exit', () => assert.deepStrictEqual(order, [0, 1, 2, 3, 4, 5, 6, 7]));
