'use strict';
// Flags: --max-http-header-size=1024
// --max-http-header-size=N is the default limit of every parser, client
// and server, and http.maxHeaderSize reports it; an explicit
// maxHeaderSize option still wins.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.maxHeaderSize, 1024);

const server = http.createServer((req, res) => {
  res.setHeader('x-size', req.headers['x-pad'] ? 'x'.repeat(900) : 'x'.repeat(1100));
  res.end();
});

function get(options) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, agent: false, ...options });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', (err) => resolve(err.code));
  });
}

server.listen(0, common.mustCall(async () => {
  // Response headers of 1100+ bytes: over the limit for the client.
  assert.strictEqual(await get({}), 'HPE_HEADER_OVERFLOW');
  assert.strictEqual(await get({ maxHeaderSize: 4096 }), 200);
  // Request headers over 1024 bytes: the server answers 431.
  assert.strictEqual(await get({ headers: { 'x-pad': 'p'.repeat(1100) } }), 431);
  assert.strictEqual(await get({ headers: { 'x-pad': 'p' } }), 200);
  server.close();
}));
