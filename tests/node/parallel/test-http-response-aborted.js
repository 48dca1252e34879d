'use strict';
// The server dies in the middle of a chunked body: the client's response
// is 'aborted' and ends with an ECONNRESET "aborted" error, then 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('partial');
  setTimeout(() => res.socket.destroy(), 10);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.on('data', common.mustCall());
    res.on('aborted', common.mustCall());
    res.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'aborted');
    }));
    res.on('close', common.mustCall(() => {
      assert.strictEqual(res.complete, false);
      server.close();
    }));
  }));
}));
