'use strict';
// What a new response and a new server start with. A response inherits
// statusCode 200 and an undefined statusMessage from its prototype (it owns
// them only once set); sendDate is on, strictContentLength off. A server's
// timeouts and limits have Node's defaults, and setTimeout() of server,
// request and response returns its receiver.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.ServerResponse.prototype.statusCode, 200);
assert.strictEqual(http.ServerResponse.prototype.statusMessage, undefined);

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(Object.hasOwn(res, 'statusCode'), false);
  assert.strictEqual(Object.hasOwn(res, 'statusMessage'), false);
  assert.strictEqual(res.sendDate, true);
  assert.strictEqual(res.strictContentLength, false);
  assert.strictEqual(res.chunkedEncoding, false);
  assert.strictEqual(res.shouldKeepAlive, true);
  assert.strictEqual(res.req, req);
  assert.strictEqual(server.setTimeout(0), server);
  assert.strictEqual(req.setTimeout(0), req);
  assert.strictEqual(res.setTimeout(0), res);
  res.statusCode = 201;
  assert.strictEqual(Object.hasOwn(res, 'statusCode'), true);
  res.end();
}));
assert.strictEqual(server.timeout, 0);
assert.strictEqual(server.keepAliveTimeout, 5000);
assert.strictEqual(server.headersTimeout, 60000);
assert.strictEqual(server.requestTimeout, 300000);
assert.strictEqual(server.maxHeadersCount, null);
assert.strictEqual(server.maxRequestsPerSocket, 0);
assert.strictEqual(server.listening, false);

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Created');
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
