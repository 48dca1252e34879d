'use strict';
// joinDuplicateHeaders: true makes req.headers keep every value of a
// repeated name, joined with ', ', even for names that would otherwise
// keep only their first value (content-type, user-agent, ...); set-cookie
// stays an array and cookie is joined with '; ' as always.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.createServer({ joinDuplicateHeaders: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const server = http.createServer({ joinDuplicateHeaders: true }, common.mustCall((req, res) => {
  assert.strictEqual(req.headers['content-type'], 'a/b, c/d');
  assert.strictEqual(req.headers['user-agent'], 'one, two');
  assert.strictEqual(req.headers['x-custom'], 'p, q');
  assert.deepStrictEqual(req.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(req.headers.cookie, 'x=1; y=2');
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: h\r\nContent-Type: a/b\r\nContent-Type: c/d\r\n' +
               'User-Agent: one\r\nUser-Agent: two\r\nX-Custom: p\r\nX-Custom: q\r\n' +
               'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nCookie: x=1\r\nCookie: y=2\r\n' +
               'Connection: close\r\n\r\n');
  }));
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));
