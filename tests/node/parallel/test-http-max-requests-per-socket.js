'use strict';
// maxRequestsPerSocket: the last allowed response says Connection: close
// (and the Keep-Alive header names the max); a request past it gets 503.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end(req.url), 2));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', common.mustCall((req, socket) => {
  assert.strictEqual(req.url, '/3');
  assert.ok(socket instanceof net.Socket);
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', common.mustCall(() => {
    const statuses = answer.match(/HTTP\/1\.1 \d+/g);
    assert.deepStrictEqual(statuses, ['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 503']);
    assert.match(answer, /Keep-Alive: timeout=5, max=2\r\n/);
    const heads = answer.split(/\r\n\r\n/);
    assert.match(heads[0], /Connection: keep-alive/);
    assert.match(heads[1], /Connection: close/);
    server.close();
  }));
  socket.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /3 HTTP/1.1\r\nHost: x\r\n\r\n');
}));
