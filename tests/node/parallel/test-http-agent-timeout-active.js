'use strict';
// An agent's timeout option also watches the sockets in use: a request
// whose server stays silent that long gets 'timeout' (the request is not
// ended for it: the caller decides), and destroy() then ends it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

// Never answers. (Whether the request even reached it before the timeout
// depends on the machine's load: not asserted.)
const server = http.createServer(() => {});

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ timeout: common.platformTimeout(100) });
  const req = http.get({ port: server.address().port, agent });
  req.on('response', common.mustNotCall());
  req.on('timeout', common.mustCall(() => {
    assert.strictEqual(req.destroyed, false);
    assert.strictEqual(req.socket.timeout, common.platformTimeout(100));
    req.destroy();
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  req.on('close', common.mustCall(() => server.close()));
}));
