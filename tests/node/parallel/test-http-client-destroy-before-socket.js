'use strict';
// destroy(err) before the socket arrives: no connection is ever made, the
// request reports err and then 'close'; the agent's queue is left empty.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connection', common.mustNotCall());

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ port: server.address().port, agent });
  const err = new Error('changed my mind');
  req.destroy(err);
  assert.strictEqual(req.destroyed, true);
  req.on('socket', common.mustNotCall());
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
  req.on('close', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(Object.keys(agent.requests), []);
      agent.destroy();
      server.close();
    }));
  }));
}));
