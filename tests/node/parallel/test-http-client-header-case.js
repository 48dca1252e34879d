'use strict';
// On the wire, a request's header names keep the case they were set
// with, an array value becomes one line per element, and the start line
// is "METHOD path HTTP/1.1".
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    data += d;
    if (!data.endsWith('\r\n\r\n')) return;
    const lines = data.split('\r\n');
    assert.strictEqual(lines[0], 'OPTIONS /x?y=1 HTTP/1.1');
    assert.ok(lines.includes('X-MiXeD-CaSe: v'), data);
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('accept-list:')),
                           ['accept-list: a', 'accept-list: b']);
    assert.ok(lines.includes('Connection: close'), data);
    socket.end('HTTP/1.1 204 No Content\r\n\r\n');
  });
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'options', path: '/x?y=1',
                             agent: false });
  req.setHeader('X-MiXeD-CaSe', 'v');
  req.setHeader('accept-list', ['a', 'b']);
  req.on('response', common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 204);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
  req.end();
}));
