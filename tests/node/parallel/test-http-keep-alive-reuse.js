'use strict';
// An agent with keepAlive sends its second request on the first one's
// socket: the server sees one connection, the request says reusedSocket.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', common.mustCall());
const agent = new http.Agent({ keepAlive: true });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const first = http.get({ port, path: '/1', agent }, common.mustCall((res) => {
    assert.strictEqual(res.headers.connection, 'keep-alive');
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        assert.strictEqual(Object.keys(agent.freeSockets).length, 1);
        const second = http.get({ port, path: '/2', agent }, common.mustCall((res2) => {
          assert.strictEqual(second.reusedSocket, true);
          res2.resume();
          res2.on('end', common.mustCall(() => {
            agent.destroy();
            server.close();
          }));
        }));
      }));
    }));
  }));
  assert.strictEqual(first.reusedSocket, false);
}));
