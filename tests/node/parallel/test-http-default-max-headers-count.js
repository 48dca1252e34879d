'use strict';
// The server's default limit on header lines (maxHeadersCount is null):
// 2000 names and values, that is the first 1000 lines make req.headers.
// rawHeaders is cut short too, though not exactly there (the parser hands
// its lines over in batches). A maxHeaderSize big enough lets the head in.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const count = 2100;
const server = http.createServer({ maxHeaderSize: 64 * 1024 }, common.mustCall((req, res) => {
  assert.strictEqual(server.maxHeadersCount, null);
  assert.ok(req.rawHeaders.length >= 2000 && req.rawHeaders.length < 2 * count,
            `${req.rawHeaders.length}`);
  assert.deepStrictEqual(req.rawHeaders.slice(0, 6), ['Host', 'x', 'Connection', 'close', 'h0', 'v']);
  assert.strictEqual(Object.keys(req.headers).length, 1000);
  assert.strictEqual(req.headers.h997, 'v');  // Host and Connection came first
  assert.strictEqual(req.headers.h998, undefined);
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    let head = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n';
    for (let n = 0; n < count; n++) head += `h${n}: v\r\n`;
    socket.end(`${head}\r\n`);
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
    server.close();
  }));
}));
