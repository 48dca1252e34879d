'use strict';
// Destroying a response before its end, on a kept-alive agent: the socket
// is closed, not pooled (the rest of the body would still be on it), so
// the next request opens a new connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': 200000 });
  res.write('x'.repeat(1000));
  if (req.url === '/full') res.end('x'.repeat(199000));
});
server.on('connection', common.mustCall(2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, agent, path: '/cut' }, common.mustCall((res) => {
    const socket = res.socket;
    res.once('data', () => res.destroy());
    res.on('close', common.mustCall(() => {
      assert.strictEqual(socket.destroyed, true);
      setImmediate(() => {
        assert.deepStrictEqual(Object.keys(agent.freeSockets), []);
        const next = http.get({ port, agent, path: '/full' }, common.mustCall((res) => {
          assert.strictEqual(next.reusedSocket, false);
          res.resume();
          res.on('end', common.mustCall(() => {
            agent.destroy();
            server.close();
          }));
        }));
      });
    }));
  }));
}));
