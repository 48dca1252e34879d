'use strict';
// When a kept-alive response ends, the socket emits 'free' and the agent
// re-emits it as ('free', socket, options); the socket then sits in
// agent.freeSockets under the request's name, unref'd and detached from
// the request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ port, agent, path: '/p' }, common.mustCall((res) => {
    res.resume();
  }));
  agent.on('free', common.mustCall((socket, options) => {
    assert.strictEqual(socket, req.socket);
    assert.strictEqual(options.port, port);
    assert.strictEqual(agent.getName(options), `localhost:${port}:`);
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(agent.freeSockets[`localhost:${port}:`], [socket]);
      assert.strictEqual(agent.sockets[`localhost:${port}:`], undefined);
      assert.strictEqual(socket._httpMessage, null);
      agent.destroy();
      server.close();
    }));
  }));
}));
