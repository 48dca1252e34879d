'use strict';
// keepAliveTimeout 0: responses still keep the connection (Connection:
// keep-alive) but announce no Keep-Alive timeout.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer({ keepAliveTimeout: 0 }, (req, res) => res.end());
assert.strictEqual(server.keepAliveTimeout, 0);
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers.connection, 'keep-alive');
    assert.strictEqual(res.headers['keep-alive'], undefined);
    res.resume();
    res.on('end', common.mustCall(() => {
      server.closeAllConnections();
      server.close();
    }));
  }));
}));
