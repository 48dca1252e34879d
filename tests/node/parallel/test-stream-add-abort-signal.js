'use strict';
// addAbortSignal and the signal option destroy the stream with an
// AbortError whose cause is the signal's reason.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, addAbortSignal } = require('stream');

const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.cause, 'stop');
}));
ac.abort('stop');

const w = new Writable({ signal: AbortSignal.abort(), write() {} });
assert.strictEqual(w.destroyed, true);
w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ABORT_ERR')));
assert.throws(() => addAbortSignal('no', r), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
