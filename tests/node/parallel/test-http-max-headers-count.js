'use strict';
// server.maxHeadersCount: req.headers is built from the first N header
// pairs only; rawHeaders still holds every line.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.rawHeaders.length, 24);  // rawHeaders keeps them all
  assert.deepStrictEqual(Object.keys(req.headers), ['host', 'x-0', 'x-1']);
  res.end();
}));
server.maxHeadersCount = 3;
server.listen(0, common.mustCall(() => {
  // Host first: a request whose Host is cut off would be refused (400).
  const headers = { Host: 'x' };
  for (let i = 0; i < 10; i++) headers[`X-${i}`] = String(i);
  http.get({ port: server.address().port, headers, agent: false },
           common.mustCall((res) => {
             res.resume();
             res.on('end', common.mustCall(() => server.close()));
           }));
}));
