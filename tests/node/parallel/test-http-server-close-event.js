'use strict';
// server.close(): it closes idle kept-alive connections at once, and the
// callback and 'close' come once the listening socket is closed and the
// last connection is gone. Closing a server that is not listening calls
// back with ERR_SERVER_NOT_RUNNING (and emits 'close' once more).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end('ok')));
let closes = 0;
server.on('close', common.mustCall(() => {
  closes++;
}, 2));

server.listen(0, common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', common.mustCall((chunk) => {
    reply += chunk;
    if (!reply.endsWith('\r\n\r\nok')) return;
    // The response is complete and the connection kept alive, idle.
    assert.match(reply, /Connection: keep-alive/);
    server.close(common.mustCall((err) => {
      assert.strictEqual(err, undefined);
      assert.strictEqual(closes, 1);
      assert.strictEqual(server.listening, false);
      server.close(common.expectsError({
        code: 'ERR_SERVER_NOT_RUNNING',
        message: 'Server is not running.',
      }));
    }));
    assert.strictEqual(server.listening, false);
  }, 1));
  socket.on('end', common.mustCall(() => socket.end()));  // the server closed it
}));
