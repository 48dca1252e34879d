'use strict';
// A request sent on a reused socket that the server then drops: the error
// is ECONNRESET "socket hang up" and req.reusedSocket is true, which is
// how a caller knows the request may simply be retried.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let count = 0;
const server = http.createServer((req, res) => {
  if (++count === 1) res.end('first');
  else req.socket.destroy();
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => setImmediate(() => {
      const retry = http.get({ port, agent }, common.mustNotCall());
      retry.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNRESET');
        assert.strictEqual(err.message, 'socket hang up');
        assert.strictEqual(retry.reusedSocket, true);
        agent.destroy();
        server.close();
      }));
    })));
  }));
}));
