'use strict';
// An AbortSignal in the options: aborting it destroys the request with an
// AbortError (code ABORT_ERR); a signal aborted before the call does too.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  controller.abort();
}));
const controller = new AbortController();
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.get({ port, signal: controller.signal }, common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    const early = http.get({ port, signal: AbortSignal.abort() }, common.mustNotCall());
    early.on('error', common.mustCall((err2) => {
      assert.strictEqual(err2.code, 'ABORT_ERR');
      server.close();
    }));
  }));
}));
