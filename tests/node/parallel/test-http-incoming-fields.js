'use strict';
// The fields of a server's request and a client's response: versions,
// method or status, url, socket, complete before and after the body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'PUT');
  assert.strictEqual(req.url, '/path?query=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.statusCode, null);
  assert.strictEqual(req.upgrade, false);
  assert.ok(req.socket instanceof net.Socket);
  assert.strictEqual(req.connection, req.socket);
  assert.strictEqual(req.complete, false);
  assert.strictEqual(res.req, req);
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.strictEqual(req.complete, true);
    res.end();
  }));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'PUT', path: '/path?query=1' },
                           common.mustCall((res) => {
                             assert.strictEqual(res.method, null);
                             assert.strictEqual(res.url, '');
                             assert.strictEqual(res.statusCode, 200);
                             assert.strictEqual(res.req, req);
                             assert.strictEqual(req.res, res);
                             res.resume();
                             res.on('end', common.mustCall(() => server.close()));
                           }));
  req.end('data');
}));
