'use strict';
// maxHeaderSize as an option: on a request it bounds the response's
// headers (HPE_HEADER_OVERFLOW past it), on createServer the requests'
// (answered 431). It must be a non-negative integer.
const common = require('../common');
const assert = require('assert');
const http = require('http');

for (const bad of ['1', -1, 1.5, null]) {
  assert.throws(() => http.request({ maxHeaderSize: bad }),
                { code: /^ERR_(INVALID_ARG_TYPE|OUT_OF_RANGE)$/ });
  assert.throws(() => http.createServer({ maxHeaderSize: bad }),
                { code: /^ERR_(INVALID_ARG_TYPE|OUT_OF_RANGE)$/ });
}

const big = 'x'.repeat(3000);
const server = http.createServer({ maxHeaderSize: 2048 }, (req, res) => {
  res.setHeader('x-big', big);
  res.end('ok');
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
  // The response's 3000-byte header is within the default 16 KiB...
  assert.strictEqual(await get({}), 200);
  // ...but not within 1000 bytes.
  assert.strictEqual(await get({ maxHeaderSize: 1000 }), 'HPE_HEADER_OVERFLOW');
  // A request whose headers pass the server's 2048: refused there.
  assert.strictEqual(await get({ headers: { 'x-req': big } }), 431);
  assert.strictEqual(await get({ headers: { 'x-req': 'x'.repeat(1000) } }), 200);
  server.close();
}));
