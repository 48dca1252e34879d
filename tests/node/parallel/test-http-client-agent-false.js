'use strict';
// agent: false gives each request a fresh one-use agent: "Connection:
// close" goes out, each request opens its own connection, and
// http.globalAgent never sees them.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let connections = 0;
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers.connection, 'close');
  res.end();
}, 2));
server.on('connection', () => connections++);

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const first = http.get({ port, agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const second = http.get({ port, agent: false }, common.mustCall((res) => {
        assert.notStrictEqual(second.agent, first.agent);
        assert.notStrictEqual(second.agent, http.globalAgent);
        assert.ok(second.agent instanceof http.Agent);
        res.resume();
        res.on('end', common.mustCall());
      }));
      second.on('close', common.mustCall(() => {
        assert.strictEqual(connections, 2);
        assert.strictEqual(Object.keys(http.globalAgent.sockets).length, 0);
        server.close();
      }));
    }));
  }));
}));
