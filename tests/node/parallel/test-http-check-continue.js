'use strict';
// With a 'checkContinue' listener the server does not answer 100 itself,
// and 'request' is not emitted: the listener decides (here: refuses).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeHead(403, { Connection: 'close' });
  res.end('no');
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, method: 'POST', headers: { Expect: '100-continue' },
  });
  req.on('continue', common.mustNotCall());
  req.on('response', common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 403);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
  req.end();
}));
