'use strict';
// A 101 Switching Protocols response: 'upgrade' gets the response, the
// socket (out of HTTP's hands now) and the bytes that came after the
// headers in the same packet; later bytes arrive on the socket itself.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  let head = '';
  socket.setEncoding('latin1');
  socket.on('data', function onData(d) {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    socket.removeListener('data', onData);
    assert.match(head, /^GET \/chat HTTP\/1\.1\r\n/);
    assert.match(head, /\r\nUpgrade: echo-proto\r\n/);
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo-proto\r\n' +
                 'Connection: Upgrade\r\n\r\nfirst');
    socket.on('data', (d) => socket.end(`echo:${d}`));
  });
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    path: '/chat',
    headers: { Connection: 'Upgrade', Upgrade: 'echo-proto' },
  });
  req.on('response', common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'echo-proto');
    assert.ok(Buffer.isBuffer(head));
    let rest = head.toString();
    socket.setEncoding('utf8');
    socket.on('data', (d) => rest += d);
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(rest, 'firstecho:hello');
      socket.end();
      server.close();
    }));
    socket.write('hello');
  }));
  req.end();
}));
