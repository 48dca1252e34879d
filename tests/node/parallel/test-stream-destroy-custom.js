'use strict';
// _destroy receives the error and decides what is reported; destroy's
// callback gets the same.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write() {},
  destroy: common.mustCall((err, cb) => {
    assert.strictEqual(err.message, 'in');
    cb(new Error('out'));
  }),
});
w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'out')));
w.destroy(new Error('in'), common.mustCall((err) => assert.strictEqual(err.message, 'out')));

const quiet = new Writable({ write() {}, destroy: (err, cb) => cb() });
quiet.on('error', common.mustNotCall());
quiet.on('close', common.mustCall());
quiet.destroy(new Error('swallowed'));
