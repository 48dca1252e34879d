'use strict';
// A client that half-closes (sends FIN) right after its requests: the
// server does not keep the connection half-open for answers that are not
// ready; it ends the connection at once. Responses written afterwards go
// nowhere and do not throw; the response that had the socket emits
// 'close' unfinished.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let ended = 0;
const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('close', common.mustCall());
  if (req.url === '/a') {
    res.on('close', common.mustCall(() => {
      assert.strictEqual(res.writableEnded, false);
      assert.strictEqual(res.writableFinished, false);
    }));
  }
  setTimeout(() => {
    res.end(`late ${req.url}`);
    if (++ended === 2) server.close();
  }, common.platformTimeout(100));
}, 2));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(reply, '');
    assert.strictEqual(ended, 0);  // the server did not wait for the handlers
  }));
}));
