'use strict';
// finished() reports a close before 'end' as ERR_STREAM_PREMATURE_CLOSE,
// and a normal end with no error.
const common = require('../common');
const assert = require('assert');
const { Readable, finished } = require('stream');

const early = new Readable({ read() {} });
finished(early, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
}));
early.destroy();

const normal = Readable.from(['a']);
finished(normal, common.mustCall((err) => assert.strictEqual(err, undefined)));
normal.resume();
