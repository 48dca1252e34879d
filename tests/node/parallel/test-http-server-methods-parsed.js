'use strict';
// Every method in http.METHODS except CONNECT (a tunnel, not a request)
// reaches the 'request' listener spelled as sent; an unknown method or a
// known one in lower case is refused with 400 before any handler runs.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const methods = http.METHODS.filter((method) => method !== 'CONNECT');
const seen = [];
const server = http.createServer(common.mustCall((req, res) => {
  seen.push(req.method);
  res.end();
}, methods.length));

function exchange(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => socket.end(bytes));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(reply));
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const requests = methods.map((method) => `${method} / HTTP/1.1\r\nHost: x\r\n\r\n`).join('');
  const replies = await exchange(port, requests);
  // Every reply is 200, in order (the HEAD one without a body).
  assert.strictEqual(replies.match(/HTTP\/1\.1 200 OK\r\n/g).length, methods.length);
  assert.deepStrictEqual(seen, methods);
  for (const bad of ['FETCH', 'get', 'Post', 'G3T']) {
    assert.match(await exchange(port, `${bad} / HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1\.1 400 /);
  }
  server.close();
}));
