'use strict';
// An agent without keepAlive but with a finite maxSockets still keeps a
// connection open while requests wait for it: it says "Connection:
// keep-alive", the queued request reuses the socket, and once nothing
// waits the socket is closed instead of pooled.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(`${req.headers.connection} ${req.socket.remotePort}`);
});
server.on('connection', common.mustCall(1));

function get(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, agent, path }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => resolve({ body, req }));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const agent = new http.Agent({ maxSockets: 1 });
  const [a, b] = await Promise.all([get(agent, '/a'), get(agent, '/b')]);
  const [connA, portA] = a.body.split(' ');
  const [connB, portB] = b.body.split(' ');
  assert.strictEqual(connA, 'keep-alive');
  assert.strictEqual(connB, 'keep-alive');
  assert.strictEqual(portA, portB);
  assert.strictEqual(a.req.reusedSocket, false);
  b.req.socket.on('close', common.mustCall(() => {
    assert.deepStrictEqual(Object.keys(agent.freeSockets), []);
    server.close();
  }));
}));
