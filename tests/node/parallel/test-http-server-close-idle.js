'use strict';
// server.close() with a client's kept-alive connection idle: the idle
// connection is closed at once, so the close callback does not wait for
// the keep-alive timeout (made far longer than any test run here, so that
// waiting for it would hang the test instead of passing slowly).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));
server.keepAliveTimeout = 10 * 60 * 1000;
const agent = new http.Agent({ keepAlive: true });
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        server.close(common.mustCall(() => {
          assert.strictEqual(server.listening, false);
          agent.destroy();
        }));
      });
    }));
  }));
}));
