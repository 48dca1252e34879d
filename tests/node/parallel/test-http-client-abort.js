'use strict';
// Destroying a request before it got a socket: no connection is made,
// 'error' is "socket hang up" and 'close' follows; abort() says 'abort'
// and reports no error.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connection', common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const destroyed = http.get({ port, agent: false }, common.mustNotCall());
  destroyed.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  destroyed.on('close', common.mustCall(() => {
    const aborted = http.get({ port, agent: false }, common.mustNotCall());
    aborted.on('abort', common.mustCall());
    aborted.on('error', common.mustNotCall());
    aborted.on('close', common.mustCall(() => {
      assert.strictEqual(aborted.aborted, true);
      assert.strictEqual(aborted.destroyed, true);
      server.close();
    }));
    aborted.abort();
  }));
  destroyed.destroy();
}));
