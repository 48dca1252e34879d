'use strict';
// A request's timeout option (and setTimeout) emit 'timeout' when the
// socket is idle that long; destroying the request then reports the error
// the caller passes.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall(() => {
  // never answers
}));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, timeout: 50 });
  assert.strictEqual(req.timeout, 50);
  req.on('timeout', common.mustCall(() => {
    req.destroy(new Error('gave up'));
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'gave up');
  }));
  req.on('close', common.mustCall(() => {
    server.closeAllConnections();
    server.close();
  }));
}));
