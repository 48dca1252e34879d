'use strict';
// Expect: 100-continue means nothing to HTTP/1.0: no interim 100 is sent,
// 'checkContinue' is not emitted, and the request goes straight to the
// 'request' listener with its body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.httpVersion, '1.0');
  assert.strictEqual(req.headers.expect, '100-continue');
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', common.mustCall(() => res.end(`got ${body}`)));
}));
server.on('checkContinue', common.mustNotCall());

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.doesNotMatch(reply, /100 Continue/);
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
    assert.ok(reply.endsWith('got body'));
    server.close();
  }));
}));
