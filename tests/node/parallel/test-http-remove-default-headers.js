'use strict';
// removeHeader() of a header the server would add itself stops it being
// added: without Connection none is sent and the connection is still kept
// alive; without Content-Length the body is chunked even when end() knows
// its size; without Transfer-Encoding too the body ends with the
// connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.removeHeader('Connection');
  if (req.url !== '/no-te') res.removeHeader('Content-Length');
  if (req.url === '/no-te') {
    res.removeHeader('Transfer-Encoding');
    res.write('a');
  }
  res.end('x');
}, 2));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET /no-length HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  let second = false;
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (!second && reply.endsWith('0\r\n\r\n')) {
      second = true;
      assert.doesNotMatch(reply, /Connection:|Keep-Alive:/);
      assert.match(reply, /\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n$/);
      // The connection is still open: it takes another request.
      socket.write('GET /no-te HTTP/1.1\r\nHost: x\r\n\r\n');
    }
  });
  socket.on('end', common.mustCall(() => {
    const last = reply.slice(reply.lastIndexOf('HTTP/1.1'));
    assert.doesNotMatch(last, /Connection:|Content-Length|Transfer-Encoding/);
    assert.ok(last.endsWith('\r\n\r\nax'), last);  // the server closed to end it
    server.close();
  }));
}));
