'use strict';
// maxSockets: 1 queues the other requests in agent.requests; each runs when
// the socket before it is free, in order, over one connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', common.mustCall());
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const order = [];
  for (let i = 0; i < 3; i++) {
    http.get({ port, path: `/${i}`, agent }, common.mustCall((res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', common.mustCall(() => {
        order.push(body);
        if (order.length === 3) {
          assert.deepStrictEqual(order, ['/0', '/1', '/2']);
          agent.destroy();
          server.close();
        }
      }));
    }));
  }
  const name = agent.getName({ host: 'localhost', port });
  assert.strictEqual(agent.requests[name].length, 2);
}));
