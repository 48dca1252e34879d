'use strict';
// Connection: close from either side ends the connection after the
// response: a request that asks for it gets "Connection: close" back; a
// handler that sets it on a kept-alive request makes the server close
// the socket once the response is out. A request pipelined behind it was
// already parsed, so the handler sees it, but its response is dropped.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/server-closes') res.setHeader('Connection', 'close');
  res.end(req.url);
}, 3));

function exchange(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => socket.write(bytes));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('end', () => resolve(reply));  // the server closed first
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const asked = await exchange(port, 'GET /client-asks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(asked, /\r\nConnection: close\r\n/);
  assert.doesNotMatch(asked, /Keep-Alive/);
  assert.ok(asked.endsWith('/client-asks'));

  const closed = await exchange(port, 'GET /server-closes HTTP/1.1\r\nHost: x\r\n\r\n' +
                                      'GET /never HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.strictEqual(closed.match(/HTTP\/1\.1/g).length, 1);
  assert.match(closed, /\r\nConnection: close\r\n/);
  assert.ok(closed.endsWith('/server-closes'));
  server.close();
}));
