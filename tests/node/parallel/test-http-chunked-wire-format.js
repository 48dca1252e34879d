'use strict';
// A response whose length is not known when its head leaves is chunked:
// each write() is one chunk (its size in hex, CRLF, the bytes, CRLF), an
// empty write() sends nothing, and end() sends the last chunk "0" and the
// blank line that closes the (empty) trailer section.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('hello');
  res.write('');
  res.write(Buffer.alloc(26, 'x'));
  res.end('!');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    const head = reply.slice(0, reply.indexOf('\r\n\r\n'));
    assert.match(head, /\r\nTransfer-Encoding: chunked$/);
    assert.doesNotMatch(head, /Content-Length/i);
    assert.strictEqual(reply.slice(head.length + 4),
                       '5\r\nhello\r\n' +
                       `1a\r\n${'x'.repeat(26)}\r\n` +
                       '1\r\n!\r\n' +
                       '0\r\n\r\n');
    server.close();
  }));
}));
