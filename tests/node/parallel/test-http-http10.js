'use strict';
// An HTTP/1.0 request without keep-alive: the response has no chunked
// framing (the body ends when the connection closes) and says
// Connection: close; a 1.1 request without Host is refused with 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.httpVersion, '1.0');
  res.write('a');
  res.end('b');
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const old = net.connect(port);
  let answer = '';
  old.setEncoding('latin1');
  old.on('data', (chunk) => { answer += chunk; });
  old.on('close', common.mustCall(() => {
    assert.match(answer, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(answer, /\r\nConnection: close\r\n/);
    assert.doesNotMatch(answer, /Transfer-Encoding/);
    assert.ok(answer.endsWith('\r\n\r\nab'));
    const noHost = net.connect(port);
    let refused = '';
    noHost.on('data', (chunk) => { refused += chunk; });
    noHost.on('close', common.mustCall(() => {
      assert.match(refused, /^HTTP\/1\.1 400 Bad Request\r\nConnection: close\r\n/);
      server.close();
    }));
    noHost.write('GET / HTTP/1.1\r\n\r\n');
  }));
  old.write('GET / HTTP/1.0\r\n\r\n');
}));
