'use strict';
// res.appendHeader() adds values to a name instead of replacing them: a
// single value becomes an array, arrays are concatenated, each value is
// its own header line on the wire. It returns the response.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.appendHeader('X-List', 'a'), res);
  assert.strictEqual(res.getHeader('x-list'), 'a');
  res.appendHeader('x-list', 'b');
  assert.deepStrictEqual(res.getHeader('X-List'), ['a', 'b']);
  res.appendHeader('X-List', ['c', 'd']);
  assert.deepStrictEqual(res.getHeader('X-List'), ['a', 'b', 'c', 'd']);
  res.setHeader('X-Set', ['1']);
  res.appendHeader('X-Set', '2');
  assert.deepStrictEqual(res.getHeader('X-Set'), ['1', '2']);
  assert.throws(() => res.appendHeader('X-Bad', 'a\nb'), { code: 'ERR_INVALID_CHAR' });
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
    assert.match(reply, /\r\nX-List: a\r\nX-List: b\r\nX-List: c\r\nX-List: d\r\n/);
    assert.match(reply, /\r\nX-Set: 1\r\nX-Set: 2\r\n/);
    server.close();
  }));
}));
