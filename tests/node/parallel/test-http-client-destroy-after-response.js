'use strict';
// destroy(err) after the response began: the request reports err, the
// response is cut short ('aborted', then an ECONNRESET "aborted" error),
// both then 'close'. destroy() with no error gives the request no 'error'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': 100 });
  res.write('partial');
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.get({ port, agent: false }, common.mustCall((res) => {
    res.once('data', common.mustCall(() => {
      req.destroy(new Error('enough'));
    }));
    res.on('aborted', common.mustCall());
    res.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'aborted');
      assert.strictEqual(err.code, 'ECONNRESET');
    }));
    res.on('close', common.mustCall(() => {
      const quiet = http.get({ port, agent: false }, common.mustCall((res) => {
        res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
        res.on('aborted', common.mustCall());
        res.once('data', () => quiet.destroy());
        res.on('close', common.mustCall(() => {
          server.closeAllConnections();
          server.close();
        }));
      }));
      quiet.on('error', common.mustNotCall());
    }));
  }));
  req.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'enough')));
  req.on('close', common.mustCall());
}));
