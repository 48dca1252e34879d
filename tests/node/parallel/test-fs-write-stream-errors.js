'use strict';
// Opening fails: 'error' (ENOENT) then 'close', and the write's callback
// gets the error too. Writing after end is ERR_STREAM_WRITE_AFTER_END.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const bad = tmpdir.resolve('no', 'such', 'dir.txt');
const events = [];
const stream = fs.createWriteStream(bad);
stream.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  events.push('write-callback');
}));
stream.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  events.push('error');
}));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['write-callback', 'error', 'close']);
}));

const file = tmpdir.resolve('ended.txt');
const ended = fs.createWriteStream(file);
ended.end('done');
ended.write('more', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
}));
ended.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
}));
