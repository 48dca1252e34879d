'use strict';
// req.complete turns true when the parser has seen the whole message, even
// if the handler has not read the body yet. It is still false while
// 'request' is emitted (from the end of the head), also for a GET without
// body; it never turns true for a request whose client went away.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let requests = 0;
const server = http.createServer(common.mustCall((req, res) => {
  requests++;
  if (req.url === '/empty') {
    assert.strictEqual(req.complete, false);
    setImmediate(common.mustCall(() => {
      assert.strictEqual(req.complete, true);
      res.end();
    }));
  } else if (req.url === '/body') {
    assert.strictEqual(req.complete, false);
    // The body came in the same packet as the head: the message is whole
    // though not one byte of it has been read.
    setImmediate(common.mustCall(() => {
      assert.strictEqual(req.complete, true);
      assert.strictEqual(req.readableLength, 4);
      req.resume();
      req.on('end', common.mustCall(() => res.end()));
    }));
  } else {
    assert.strictEqual(req.url, '/cut');
    req.resume();
    req.on('close', common.mustCall(() => {
      assert.strictEqual(req.complete, false);
      server.close();
    }));
  }
}, 3));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET /empty HTTP/1.1\r\nHost: x\r\n\r\n' +
                 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody');
  }));
  let replies = '';
  socket.setEncoding('latin1');
  socket.on('data', function onData(chunk) {
    replies += chunk;
    if ((replies.match(/HTTP\/1\.1 200/g) || []).length === 2 && replies.endsWith('\r\n\r\n')) {
      socket.removeListener('data', onData);
      socket.write('POST /cut HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npart');
      setTimeout(() => socket.destroy(), common.platformTimeout(50));
    }
  });
  process.on('exit', () => assert.strictEqual(requests, 3));
}));
