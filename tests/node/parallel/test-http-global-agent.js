'use strict';
// Node 20's globalAgent keeps connections alive (and says so in each
// request); its idle sockets are unref'd, so the process still exits.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.keepAlive, true);
assert.strictEqual(http.globalAgent.options.timeout, 5000);
assert.strictEqual(http.globalAgent.scheduling, 'lifo');
assert.strictEqual(http.Agent.defaultMaxSockets, Infinity);

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers.connection, 'keep-alive');
  res.end();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      server.close();
      // The socket goes back to the pool after 'end' handlers have run.
      setImmediate(common.mustCall(() => {
        assert.strictEqual(Object.keys(http.globalAgent.freeSockets).length, 1);
      }));
    }));
  }));
}));
