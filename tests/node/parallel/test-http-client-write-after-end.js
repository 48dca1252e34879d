'use strict';
// http.get() ends the request itself: a later write() is
// ERR_STREAM_WRITE_AFTER_END, reported on the request (and to the write's
// callback), while the response still arrives.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => res.end('fine')));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false },
                       common.mustCall((res) => {
                         res.resume();
                         res.on('end', common.mustCall(() => server.close()));
                       }));
  assert.strictEqual(req.writableEnded, true);
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  const ret = req.write('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  assert.strictEqual(ret, false);
}));
