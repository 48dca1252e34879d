'use strict';
// A response with Connection: close is not pooled: the agent closes that
// socket and opens a new connection for the next request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Connection', 'close');
  res.end(req.url);
});
server.on('connection', common.mustCall(2));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, agent, path: '/1' }, common.mustCall((res) => {
    assert.strictEqual(res.headers.connection, 'close');
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        assert.strictEqual(Object.keys(agent.freeSockets).length, 0);
        http.get({ port, agent, path: '/2' }, common.mustCall((res2) => {
          res2.resume();
          res2.on('end', common.mustCall(() => server.close()));
        }));
      });
    }));
  }));
}));
