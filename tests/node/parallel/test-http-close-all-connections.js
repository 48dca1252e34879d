'use strict';
// closeAllConnections() destroys every connection, busy ones included:
// the client's response is cut short.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('partial');
  setImmediate(() => server.closeAllConnections());
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.on('data', common.mustCall());
    res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
    res.on('close', common.mustCall(() => {
      assert.strictEqual(res.complete, false);
      server.close();
    }));
  }));
}));
