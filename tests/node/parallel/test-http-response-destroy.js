'use strict';
// The server destroys its response in the middle of the body: the client
// sees the response cut short ('aborted', ECONNRESET).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('some');
  setImmediate(() => res.destroy());
  res.on('close', common.mustCall(() => assert.strictEqual(res.destroyed, true)));
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.on('data', common.mustCall());
    res.on('aborted', common.mustCall());
    res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
    res.on('close', common.mustCall(() => server.close()));
  }));
}));
