'use strict';
// _transform's callback value is pushed; _flush adds the last output.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({
  transform: common.mustCall((chunk, enc, cb) => cb(null, chunk.toString().toUpperCase()), 2),
  flush: common.mustCall((cb) => cb(null, '.')),
});
let out = '';
t.on('data', (c) => { out += c; });
t.on('end', common.mustCall(() => assert.strictEqual(out, 'AB.')));
t.write('a');
t.end('b');
