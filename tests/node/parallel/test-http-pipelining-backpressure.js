'use strict';
// Many pipelined requests, arriving together, whose big responses the
// client does not read for a while: the answers wait (each behind the one
// before it) and every one arrives, in order, once the client reads.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const count = 20;
const size = 256 * 1024;
let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end(Buffer.alloc(size, req.url.slice(1)));
});
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let requests = '';
  for (let i = 0; i < count; i++) {
    requests += `GET /${String.fromCharCode(97 + i)} HTTP/1.1\r\nHost: x\r\n\r\n`;
  }
  socket.write(requests);
  socket.pause();
  setTimeout(() => {
    // The requests came in one read, so all were parsed and handled.
    assert.strictEqual(handled, count);
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= count * size) {
        const text = received.toString('latin1');
        const statuses = text.match(/HTTP\/1\.1 200 OK/g);
        assert.strictEqual(statuses.length, count);
        for (let i = 0; i < count; i++) {
          const body = text.split('\r\n\r\n')[i + 1];
          assert.strictEqual(body[0], String.fromCharCode(97 + i));
        }
        socket.end();
        server.close();
      }
    });
    socket.resume();
  }, 300);
}));
