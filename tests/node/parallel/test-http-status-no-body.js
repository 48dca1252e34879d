'use strict';
// 204 and 304 have no body: what the handler writes is dropped, and the
// response has neither Content-Length nor chunked framing.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.statusCode = Number(req.url.slice(1));
  res.end('not sent');
}, 2));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let pending = 2;
  for (const status of [204, 304]) {
    http.get({ port, path: `/${status}` }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, status);
      assert.strictEqual(res.headers['content-length'], undefined);
      assert.strictEqual(res.headers['transfer-encoding'], undefined);
      res.on('data', common.mustNotCall());
      res.on('end', common.mustCall(() => {
        if (--pending === 0) server.close();
      }));
    }));
  }
}));
