'use strict';
// A handler that answers without reading the request's body: the server
// reads and discards the rest of the body itself, so the next request on
// the kept-alive connection is parsed from the right byte.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const urls = [];
const server = http.createServer(common.mustCall((req, res) => {
  urls.push(req.url);
  res.end(`answered ${req.url}`);  // req is never read
}, 3));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('POST /sized HTTP/1.1\r\nHost: x\r\nContent-Length: 18\r\n\r\n' +
                 'GET /fake HTTP/1.1');  // a body that looks like a request
    setTimeout(() => {
      socket.write('POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
                   '4\r\nGET \r\n0\r\n\r\n' +
                   'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    }, common.platformTimeout(20));
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.deepStrictEqual(urls, ['/sized', '/chunked', '/last']);
    assert.strictEqual(reply.match(/HTTP\/1\.1 200 OK/g).length, 3);
    assert.ok(reply.endsWith('answered /last'));
    server.close();
  }));
}));
