'use strict';
// Responses without a body despite their headers (HEAD with a
// Content-Length, 204, 304) end at once and leave the connection
// reusable: all three requests share one socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.method === 'HEAD') {
    res.setHeader('content-length', 1234);
    res.end();
  } else {
    res.statusCode = Number(req.url.slice(1));
    res.end();
  }
});
server.on('connection', common.mustCall());

function send(agent, method, path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, agent, method, path }, (res) => {
      let length = 0;
      res.on('data', (d) => length += d.length);
      res.on('end', () => setImmediate(() => resolve({
        status: res.statusCode, length, reused: req.reusedSocket,
        header: res.headers['content-length'],
      })));
    });
    req.end();
  });
}

server.listen(0, common.mustCall(async () => {
  const agent = new http.Agent({ keepAlive: true });
  assert.deepStrictEqual(await send(agent, 'HEAD', '/'),
                         { status: 200, length: 0, reused: false, header: '1234' });
  assert.deepStrictEqual(await send(agent, 'GET', '/204'),
                         { status: 204, length: 0, reused: true, header: undefined });
  assert.deepStrictEqual(await send(agent, 'GET', '/304'),
                         { status: 304, length: 0, reused: true, header: undefined });
  agent.destroy();
  server.close();
}));
