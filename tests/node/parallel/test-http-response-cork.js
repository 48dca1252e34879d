'use strict';
// res.cork() holds the writes back and uncork() sends them together; the
// framing does not change: each write() is still its own chunk, in order.
// writableCorked counts the corks; end() undoes them all.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.cork();
  assert.strictEqual(res.writableCorked, 1);
  res.write('one');
  res.write('two!');
  res.uncork();
  assert.strictEqual(res.writableCorked, 0);
  res.cork();
  res.end();  // uncorks all the way
  assert.strictEqual(res.writableCorked, 0);
  res.on('close', common.mustCall(() => assert.strictEqual(res.writableCorked, 0)));
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.ok(reply.endsWith('\r\nTransfer-Encoding: chunked\r\n\r\n' +
                             '3\r\none\r\n4\r\ntwo!\r\n0\r\n\r\n'), reply);
    server.close();
  }));
}));
