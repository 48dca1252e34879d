'use strict';
// maxTotalSockets bounds the connections of all names together: with 1,
// a request to another name waits in agent.requests until the first
// socket is gone, then gets a connection of its own.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new http.Agent({ maxTotalSockets: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });

const order = [];
const server = http.createServer((req, res) => {
  order.push(req.url);
  res.end();
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ maxTotalSockets: 1 });
  let done = 0;
  const finish = common.mustCall(() => {
    if (++done < 2) return;
    assert.deepStrictEqual(order, ['/a', '/b']);
    assert.strictEqual(agent.totalSocketCount, 0);
    server.close();
  }, 2);
  http.get({ host: '127.0.0.1', port, path: '/a', agent }, (res) => {
    res.resume();
    res.on('end', finish);
  });
  http.get({ host: 'localhost', family: 4, port, path: '/b', agent }, (res) => {
    res.resume();
    // Not kept alive: the socket closes after the response, and is counted
    // out then.
    res.req.socket.on('close', () => setImmediate(finish));
  });
  assert.strictEqual(agent.totalSocketCount, 1);
  assert.deepStrictEqual(Object.keys(agent.requests), [`localhost:${port}::4`]);
}));
