'use strict';
// A request without a 'response' listener: its response is read and
// thrown away, so the kept-alive socket still goes back to the pool and
// the next request reuses it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.end('z'.repeat(100000));
}, 2));
server.on('connection', common.mustCall());

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const first = http.get({ port, agent });
  // 'close' comes just before the socket goes back to the pool.
  first.on('close', common.mustCall(() => setImmediate(() => {
    const second = http.get({ port, agent }, common.mustCall((res) => {
      assert.strictEqual(second.reusedSocket, true);
      let length = 0;
      res.on('data', (d) => length += d.length);
      res.on('end', common.mustCall(() => {
        assert.strictEqual(length, 100000);
        agent.destroy();
        server.close();
      }));
    }));
  })));
}));
