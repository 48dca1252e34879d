'use strict';
// setHost: false sends no Host header at all; a Host header given by the
// caller is sent as given. A raw server shows the bytes of the request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const heads = [];
const server = net.createServer(common.mustCall((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    data += chunk;
    if (!data.includes('\r\n\r\n')) return;
    heads.push(data.split('\r\n\r\n')[0]);
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
}, 2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, setHost: false, agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      http.get({ port, agent: false, headers: { Host: 'example.test:1234' } },
               common.mustCall((res) => {
                 res.resume();
                 res.on('end', common.mustCall(() => {
                   const lines = heads.map((head) => head.split('\r\n'));
                   assert.strictEqual(lines[0][0], 'GET / HTTP/1.1');
                   assert.ok(!lines[0].some((l) => /^host:/i.test(l)), heads[0]);
                   assert.ok(lines[1].includes('Host: example.test:1234'), heads[1]);
                   assert.strictEqual(lines[1].filter((l) => /^host:/i.test(l)).length, 1);
                   server.close();
                 }));
               }));
    }));
  }));
}));
