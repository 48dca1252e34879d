'use strict';
// Expect: 100-continue: the client holds its body until the server's
// 100 Continue arrives ('continue'), then writes it; the server's
// checkContinue listener decides when to say so.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let continued = false;
const server = http.createServer(common.mustNotCall());
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => {
    assert.ok(continued);
    body += d;
  });
  req.on('end', common.mustCall(() => res.end(`got ${body}`)));
  // Wait a little before inviting the body: nothing must arrive meanwhile.
  setTimeout(() => {
    continued = true;
    res.writeContinue();
  }, 50);
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    method: 'POST',
    headers: { 'Expect': '100-continue', 'Content-Length': 4 },
    agent: false,
  });
  req.on('continue', common.mustCall(() => req.end('data')));
  req.on('information', common.mustCall((info) => {
    assert.strictEqual(info.statusCode, 100);
    assert.strictEqual(info.statusMessage, 'Continue');
  }));
  req.on('response', common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => text += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'got data');
      server.close();
    }));
  }));
}));
