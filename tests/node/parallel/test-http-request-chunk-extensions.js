'use strict';
// A chunked request body: chunk sizes in hex of either case, chunk
// extensions after a ';' (ignored), chunks split across packets at any
// byte; the handler reads only the data.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, `hello${'A'.repeat(26)}${'b'.repeat(16)}!`);
    res.end(String(body.length));
  }));
}));

server.listen(0, common.mustCall(() => {
  const message = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
                  'Connection: close\r\n\r\n' +
                  '5;name=value\r\nhello\r\n' +
                  `1A\r\n${'A'.repeat(26)}\r\n` +
                  `10;a;b="quoted"\r\n${'b'.repeat(16)}\r\n` +
                  '1\r\n!\r\n' +
                  '0\r\n\r\n';
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.setNoDelay(true);
    // One byte a write, so that every state of the chunk parser meets a
    // buffer's end.
    let at = 0;
    (function next() {
      if (at === message.length) return;
      socket.write(message[at++], next);
    })();
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.ok(reply.endsWith('\r\n\r\n48'), reply);
    server.close();
  }));
}));
