'use strict';
// util.callbackify: an async function becomes one whose last argument is a
// callback(err, value); `this` and the arguments are passed through.
const common = require('../common');
const assert = require('assert');
const util = require('util');

async function double(x) { return x * 2; }
util.callbackify(double)(21, common.mustSucceed((value) => assert.strictEqual(value, 42)));

async function fail() { throw new TypeError('async failure'); }
util.callbackify(fail)(common.mustCall((err, value) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'async failure');
  assert.strictEqual(value, undefined);
}));

const obj = {
  base: 10,
  async add(x) { return this.base + x; },
};
obj.addCb = util.callbackify(obj.add);
obj.addCb(5, common.mustSucceed((value) => assert.strictEqual(value, 15)));

// Any function returning a promise will do.
util.callbackify(() => Promise.resolve('plain'))(common.mustSucceed((v) => {
  assert.strictEqual(v, 'plain');
}));

const cb = util.callbackify(double);
assert.throws(() => cb(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => cb(1, 'not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => util.callbackify('x'), { code: 'ERR_INVALID_ARG_TYPE' });
