'use strict';
// A client that disconnects in the middle of its upload: the server's
// request emits 'aborted', then 'error' (ECONNRESET "aborted") and
// 'close'; the response closes too.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.once('data', common.mustCall(() => clientReq.destroy()));
  req.on('aborted', common.mustCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  req.on('close', common.mustCall(() => {
    assert.strictEqual(req.complete, false);
    server.close();
  }));
  res.on('close', common.mustCall());
}));
let clientReq;
server.listen(0, common.mustCall(() => {
  clientReq = http.request({ port: server.address().port, method: 'POST' });
  clientReq.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  clientReq.write('part of a body');
}));
