'use strict';
// The server's "Keep-Alive: timeout=N" hint bounds how long an idle
// socket is kept: one second less than N (never more than the agent's own
// timeout); timeout=1 leaves nothing to keep, so the socket is closed.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let hint = 5;
const server = net.createServer((socket) => {
  socket.on('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: keep-alive\r\n' +
                 `Keep-Alive: timeout=${hint}\r\n\r\n`);
  });
});

function get(agent) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => resolve(req.socket)));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const agent = new http.Agent({ keepAlive: true, timeout: 60000 });
  const kept = await get(agent);
  assert.strictEqual(kept.timeout, 4000);
  assert.strictEqual(kept.destroyed, false);
  agent.destroy();

  const short = new http.Agent({ keepAlive: true, timeout: 2000 });
  assert.strictEqual((await get(short)).timeout, 2000);
  short.destroy();

  hint = 1;
  const none = new http.Agent({ keepAlive: true });
  const closed = await get(none);
  assert.strictEqual(closed.destroyed, true);
  assert.deepStrictEqual(Object.keys(none.freeSockets), []);
  server.close();
}));
