'use strict';
// A response that may not have a body (to HEAD, or 204/304) drops what
// the handler writes; with the server option rejectNonStandardBodyWrites
// the write throws ERR_HTTP_BODY_NOT_ALLOWED instead, and the head still
// goes out on end().
const common = require('../common');
const assert = require('assert');
const http = require('http');

function run(rejectNonStandardBodyWrites) {
  return new Promise((resolve) => {
    const server = http.createServer({ rejectNonStandardBodyWrites }, (req, res) => {
      if (req.url === '/204') res.statusCode = 204;
      if (rejectNonStandardBodyWrites) {
        assert.throws(() => res.write('body'), {
          code: 'ERR_HTTP_BODY_NOT_ALLOWED',
          message: 'Adding content for this request method or response status is not allowed.',
        });
      } else {
        assert.strictEqual(res.write('body'), true);
      }
      res.end();
    });
    server.listen(0, async () => {
      const port = server.address().port;
      for (const [method, path, status] of [['HEAD', '/', 200], ['GET', '/204', 204]]) {
        await new Promise((done) => {
          http.request({ port, method, path }, (res) => {
            assert.strictEqual(res.statusCode, status);
            res.on('data', common.mustNotCall());
            res.on('end', done);
          }).end();
        });
      }
      server.close(resolve);
    });
  });
}

(async () => {
  await run(false);
  await run(true);
})().then(common.mustCall());
