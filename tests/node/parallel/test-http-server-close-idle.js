'use strict';
// server.close() with a client's kept-alive connection idle: the idle
// connection is closed at once, so the close callback does not wait for
// the keep-alive timeout.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        const started = Date.now();
        server.close(common.mustCall(() => {
          assert.ok(Date.now() - started < 4000);
          agent.destroy();
        }));
      });
    }));
  }));
}));
