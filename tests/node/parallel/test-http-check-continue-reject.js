'use strict';
// A 'checkContinue' listener may refuse the body: it answers without
// writeContinue() (here 413), so no "100 Continue" is sent, the 'request'
// listener is never called, and a client that waits for the 100 gets the
// final response instead of sending its body.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  assert.strictEqual(req.headers['content-length'], '1000000');
  res.writeHead(413, { Connection: 'close' });
  res.end('too large');
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    method: 'PUT',
    headers: { 'Expect': '100-continue', 'Content-Length': 1000000 },
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 413);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'too large');
      server.close();
    }));
  }));
  req.on('continue', common.mustNotCall());
  req.on('error', () => {});  // the server may close while the request is unfinished
  req.flushHeaders();
}));
