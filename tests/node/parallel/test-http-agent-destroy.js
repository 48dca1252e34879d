'use strict';
// agent.destroy() closes the sockets it holds, idle or busy; the agent
// stays usable: the next request opens a new connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const ports = new Set();
const server = http.createServer(common.mustCall((req, res) => {
  ports.add(req.socket.remotePort);
  res.end();
}, 2));

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  const port = server.address().port;
  http.get({ port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => setImmediate(() => {
      const name = agent.getName({ port });
      assert.strictEqual(agent.freeSockets[name].length, 1);
      const socket = agent.freeSockets[name][0];
      socket.on('close', common.mustCall(() => {
        assert.strictEqual(agent.freeSockets[name], undefined);
        assert.strictEqual(agent.totalSocketCount, 0);
        http.get({ port, agent }, common.mustCall((res) => {
          assert.strictEqual(res.req.reusedSocket, false);
          res.resume();
          res.on('end', common.mustCall(() => {
            assert.strictEqual(ports.size, 2);
            agent.destroy();
            server.close();
          }));
        }));
      }));
      agent.destroy();
      assert.strictEqual(socket.destroyed, true);
    })));
  }));
}));
