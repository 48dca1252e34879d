'use strict';
// Upgrade: the server's 'upgrade' listener gets the request, the socket
// and the bytes read past the headers; the client's gets the 101 response
// and the socket, which then carries the new protocol both ways.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (chunk) => socket.end(`echo:${chunk}`));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('response', common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'echo');
    assert.strictEqual(head.length, 0);
    let text = '';
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'echo:hi');
      server.close();
    }));
    socket.write('hi');
  }));
  req.end('early');
}));
