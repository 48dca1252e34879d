'use strict';
// stream/promises finished() resolves on finish and rejects on error.
const common = require('../common');
const assert = require('assert');
const { Writable, Readable } = require('stream');
const { finished } = require('stream/promises');

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w).then(common.mustCall((v) => assert.strictEqual(v, undefined)));
w.end('x');

const r = new Readable({ read() {} });
assert.rejects(finished(r), { message: 'oops' }).then(common.mustCall());
r.destroy(new Error('oops'));
assert.strictEqual(require('stream').promises.finished, finished);
