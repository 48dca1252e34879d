'use strict';
// Pipelined requests are answered in the order they came, even when the
// later handlers finish first: their responses wait for the socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const delays = { '/slow': 50, '/medium': 20, '/fast': 0 };
const server = http.createServer(common.mustCall((req, res) => {
  setTimeout(() => res.end(`${req.url};`), delays[req.url]);
}, 3));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    answer += chunk;
    if ((answer.match(/HTTP\/1\.1 200/g) || []).length === 3 && answer.endsWith('/fast;')) {
      const bodies = answer.split('\r\n\r\n').slice(1).map((part) => part.split('HTTP')[0]);
      assert.deepStrictEqual(bodies, ['/slow;', '/medium;', '/fast;']);
      socket.end();
      server.close();
    }
  });
  socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /medium HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /fast HTTP/1.1\r\nHost: x\r\n\r\n');
}));
