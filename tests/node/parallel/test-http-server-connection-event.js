'use strict';
// 'connection' comes once per TCP connection, before its requests; the
// server's getConnections() counts the open ones.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const order = [];
const server = http.createServer((req, res) => {
  order.push(`request ${req.url}`);
  res.end();
});
server.on('connection', common.mustCall((socket) => {
  order.push('connection');
  assert.strictEqual(socket.server, server);
}));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let done = 0;
  for (const path of ['/a', '/b']) {
    http.get({ port, path, agent }, common.mustCall((res) => {
      res.resume();
      res.on('end', () => {
        if (++done < 2) return;
        server.getConnections(common.mustSucceed((count) => {
          assert.strictEqual(count, 1);
          assert.deepStrictEqual(order, ['connection', 'request /a', 'request /b']);
          agent.destroy();
          server.close();
        }));
      });
    }));
  }
}));
