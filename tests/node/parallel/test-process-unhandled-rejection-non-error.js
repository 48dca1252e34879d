'use strict';
// The reason of an unhandled rejection can be any value; the listener gets
// it unchanged.
const common = require('../common');
const assert = require('assert');

const reasons = [];
process.on('unhandledRejection', common.mustCall((reason) => reasons.push(reason), 3));
Promise.reject(42);
Promise.reject(undefined);
(async () => { throw 'a string'; })();
process.on('exit', () => assert.deepStrictEqual(reasons, [42, undefined, 'a string']));
