'use strict';
// Aborting the signal once the response is flowing: the request gets an
// AbortError (its cause the signal's reason), the response is cut short
// ('aborted'), and both 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': 100 });
  res.write('start');
});

server.listen(0, common.mustCall(() => {
  const controller = new AbortController();
  const reason = new Error('user gave up');
  const req = http.get({ port: server.address().port, agent: false,
                         signal: controller.signal });
  req.on('response', common.mustCall((res) => {
    res.once('data', common.mustCall(() => controller.abort(reason)));
    res.on('aborted', common.mustCall());
    res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
    res.on('close', common.mustCall());
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, reason);
  }));
  req.on('close', common.mustCall(() => {
    server.closeAllConnections();
    server.close();
  }));
}));
