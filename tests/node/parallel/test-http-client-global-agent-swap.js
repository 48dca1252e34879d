'use strict';
// http.globalAgent can be replaced: requests that name no agent use the
// new one from then on, and a request's agent is fixed when it is made.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.headers.connection));
const original = http.globalAgent;

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const mine = new http.Agent({ keepAlive: false });
  http.globalAgent = mine;
  assert.strictEqual(http.globalAgent, mine);
  const req = http.get({ port }, common.mustCall((res) => {
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      // The new agent keeps no connection alive, and says so.
      assert.strictEqual(body, 'close');
      http.globalAgent = original;
      const back = http.get({ port }, common.mustCall((res) => {
        assert.strictEqual(back.agent, original);
        let body = '';
        res.on('data', (d) => body += d);
        res.on('end', () => assert.strictEqual(body, 'keep-alive'));
        res.on('end', common.mustCall(() => server.close()));
      }));
    }));
  }));
  assert.strictEqual(req.agent, mine);
  assert.strictEqual(Object.keys(mine.sockets).length, 1);
  assert.strictEqual(Object.keys(original.sockets).length, 0);
}));
