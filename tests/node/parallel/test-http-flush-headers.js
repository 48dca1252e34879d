'use strict';
// flushHeaders() sends the head at once: the client has its 'response'
// while the server still holds the body back.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let serverRes;
const server = http.createServer(common.mustCall((req, res) => {
  serverRes = res;
  res.setHeader('X-Early', 'yes');
  res.flushHeaders();
  assert.strictEqual(res.headersSent, true);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-early'], 'yes');
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'late body');
      server.close();
    }));
    serverRes.end('late body');
  }));
}));
