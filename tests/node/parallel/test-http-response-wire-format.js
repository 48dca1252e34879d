'use strict';
// The bytes of a response head, as a raw client sees them: the status
// line, the handler's headers in the order they were set (with their own
// spelling), then Date, Connection, Keep-Alive and the framing the server
// adds, each line ended by CRLF, a blank line, then the body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-First', 'a');
  res.setHeader('content-TYPE', 'text/plain');
  res.setHeader('X-Multi', ['1', '2']);
  res.end('hello');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (!reply.endsWith('hello')) return;
    const masked = reply.replace(/\r\nDate: [^\r]*\r\n/, '\r\nDate: *\r\n');
    assert.strictEqual(masked, 'HTTP/1.1 200 OK\r\n' +
                               'X-First: a\r\n' +
                               'content-TYPE: text/plain\r\n' +
                               'X-Multi: 1\r\n' +
                               'X-Multi: 2\r\n' +
                               'Date: *\r\n' +
                               'Connection: keep-alive\r\n' +
                               'Keep-Alive: timeout=5\r\n' +
                               'Content-Length: 5\r\n' +
                               '\r\n' +
                               'hello');
    socket.end();
    server.close();
  });
}));
