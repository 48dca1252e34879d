'use strict';
// Header names are case-insensitive for every accessor, keep the case of
// their last setHeader() in getRawHeaderNames() and on the wire, and are
// lower case in getHeaderNames() and getHeaders().
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Mixed-Case', 'one');
  res.setHeader('x-mixed-CASE', 'two');  // replaces, and its spelling wins
  res.setHeader('ETag', '"abc"');
  assert.strictEqual(res.hasHeader('X-MIXED-case'), true);
  assert.strictEqual(res.hasHeader('x-missing'), false);
  assert.strictEqual(res.getHeader('X-MIXED-CASE'), 'two');
  assert.deepStrictEqual(res.getHeaderNames(), ['x-mixed-case', 'etag']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['x-mixed-CASE', 'ETag']);
  assert.deepStrictEqual({ ...res.getHeaders() }, { 'x-mixed-case': 'two', 'etag': '"abc"' });
  res.removeHeader('ETAG');
  assert.strictEqual(res.hasHeader('etag'), false);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['x-mixed-CASE']);
  res.removeHeader('not-there');  // removing what is not there is fine
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(reply, /\r\nx-mixed-CASE: two\r\n/);
    assert.doesNotMatch(reply, /etag/i);
    server.close();
  }));
}));
