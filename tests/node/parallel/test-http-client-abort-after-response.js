'use strict';
// Aborting after the response began: the request says 'abort' and
// 'close', the response 'aborted' and 'close', without any 'error' on the
// request; res.complete stays false.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeHead(200, { 'content-length': 1000 });
  res.write('x'.repeat(10));  // and never the rest
}));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('error', common.mustNotCall());
  req.on('abort', common.mustCall());
  req.on('close', common.mustCall());
  req.on('response', common.mustCall((res) => {
    res.once('data', common.mustCall((chunk) => {
      assert.strictEqual(chunk.length, 10);
      req.abort();
      assert.strictEqual(req.aborted, true);
      assert.strictEqual(req.destroyed, true);
    }));
    res.on('aborted', common.mustCall(() => {
      assert.strictEqual(res.complete, false);
    }));
    res.on('close', common.mustCall(() => {
      assert.strictEqual(res.destroyed, true);
      server.close();
      server.closeAllConnections();
    }));
  }));
}));
