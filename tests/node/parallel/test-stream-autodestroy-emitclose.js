'use strict';
// autoDestroy destroys after 'end'/'finish'; emitClose: false keeps 'close'
// quiet.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const a = Readable.from(['x']);
a.on('close', common.mustCall(() => assert.strictEqual(a.destroyed, true)));
a.resume();

const b = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
b.on('finish', common.mustCall(() => setImmediate(common.mustCall(() => {
  assert.strictEqual(b.destroyed, false);
}))));
b.on('close', common.mustNotCall());
b.end('y');

const c = new Writable({ emitClose: false, write(ch, e, cb) { cb(); } });
c.on('close', common.mustNotCall());
c.on('finish', common.mustCall());
c.end();
