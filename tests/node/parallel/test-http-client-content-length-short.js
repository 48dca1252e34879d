'use strict';
// The server promises a Content-Length and closes after part of it: the
// response is 'aborted', then errors with ECONNRESET "aborted"; the
// request itself reports no error. res.complete stays false.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789');
    setTimeout(() => socket.destroy(), 50);
  });
}));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('error', common.mustNotCall());
  req.on('response', common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustNotCall());
    res.on('aborted', common.mustCall(() => assert.strictEqual(res.complete, false)));
    res.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'aborted');
      assert.strictEqual(body, '0123456789');
    }));
    res.on('close', common.mustCall(() => server.close()));
  }));
}));
