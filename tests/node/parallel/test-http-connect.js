'use strict';
// CONNECT: the server's 'connect' listener gets the tunnel's socket; the
// client's 'connect' gets the 200 and the same socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.test:443');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (chunk) => socket.end(chunk.toString().toUpperCase()));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, method: 'CONNECT', path: 'example.test:443',
  });
  req.on('connect', common.mustCall((res, socket) => {
    assert.strictEqual(res.statusCode, 200);
    let text = '';
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'TUNNEL');
      server.close();
    }));
    socket.write('tunnel');
  }));
  req.end();
}));
