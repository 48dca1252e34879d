'use strict';
// What a strict server still accepts, and how it reads it: empty lines
// before a request line; spaces and tabs around a header value (trimmed);
// an empty value; obs-text bytes in a value (read as latin1); OPTIONS *;
// an absolute-form URL (kept whole in req.url).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer(common.mustCall((req, res) => {
  seen.push([req.method, req.url, req.headers['x-a'], req.headers['x-b'], req.headers['x-empty'],
             req.headers['x-latin']]);
  res.end();
}, 3));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end(Buffer.from(
      '\r\n\r\nGET /first HTTP/1.1\r\nHost: x\r\nX-A:   spaced  \t\r\nX-B:\ttabbed\t\r\n' +
      'X-Empty:\r\nX-Latin: caf\xe9\r\n\r\n' +
      'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET http://example.com:81/p?q=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'latin1'));
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(reply.match(/HTTP\/1\.1 200 OK/g).length, 3);
    assert.deepStrictEqual(seen, [
      ['GET', '/first', 'spaced', 'tabbed', '', 'caf\u00e9'],
      ['OPTIONS', '*', undefined, undefined, undefined, undefined],
      ['GET', 'http://example.com:81/p?q=1', undefined, undefined, undefined, undefined],
    ]);
    server.close();
  }));
}));
