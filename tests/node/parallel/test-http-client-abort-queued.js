'use strict';
// A request destroyed while it waits in the agent's queue never reaches
// the server: when the socket frees up, it goes to the next request that
// still wants it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const urls = [];
const server = http.createServer((req, res) => {
  urls.push(req.url);
  res.end();
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path, cb) => http.get({ port, agent, path }, cb);
  get('/a', common.mustCall((res) => res.resume()));
  const b = get('/b', common.mustNotCall());
  get('/c', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(urls, ['/a', '/c']);
      agent.destroy();
      server.close();
    }));
  }));
  assert.strictEqual(agent.requests[agent.getName({ port })].length, 2);
  b.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  b.on('close', common.mustCall());
  b.destroy();
}));
