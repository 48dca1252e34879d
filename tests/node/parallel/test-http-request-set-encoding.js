'use strict';
// req.setEncoding('utf8') decodes the body as a whole: a multi-byte
// character split between two packets arrives as one character, never
// as two replacement characters.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const text = 'caf\u00e9 \u20ac \u{1F600}';
const bytes = Buffer.from(text);
const server = http.createServer(common.mustCall((req, res) => {
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => {
    assert.strictEqual(typeof chunk, 'string');
    body += chunk;
  });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, text);
    res.end();
  }));
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.setNoDelay(true);
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${bytes.length}\r\n` +
                 'Connection: close\r\n\r\n');
    // Split inside the euro sign (3 bytes) and inside the emoji (4 bytes).
    const cuts = [0, 8, 14, bytes.length];
    let n = 0;
    (function next() {
      if (++n === cuts.length) return;
      socket.write(bytes.subarray(cuts[n - 1], cuts[n]), () => setTimeout(next, 10));
    })();
  }));
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));
