'use strict';
// How req.headers folds a name sent more than once: set-cookie becomes an
// array; cookie values are joined with '; '; names that can only have one
// value (content-type, user-agent, authorization, host, ...) keep the
// first; every other name is joined with ', '. rawHeaders keeps them all.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const lines = [
  ['Host', 'first.example'],
  ['Host', 'second.example'],
  ['Content-Type', 'text/plain'],
  ['Content-Type', 'text/html'],
  ['User-Agent', 'one'],
  ['User-Agent', 'two'],
  ['Authorization', 'a'],
  ['Authorization', 'b'],
  ['Set-Cookie', 'a=1'],
  ['set-cookie', 'b=2'],
  ['Cookie', 'x=1'],
  ['COOKIE', 'y=2'],
  ['Accept', 'text/html'],
  ['Accept', 'application/json'],
  ['X-Custom', 'p'],
  ['x-custom', 'q'],
  ['X-Custom', 'r'],
  ['Connection', 'close'],
];

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers.host, 'first.example');
  assert.strictEqual(req.headers['content-type'], 'text/plain');
  assert.strictEqual(req.headers['user-agent'], 'one');
  assert.strictEqual(req.headers.authorization, 'a');
  assert.deepStrictEqual(req.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(req.headers.cookie, 'x=1; y=2');
  assert.strictEqual(req.headers.accept, 'text/html, application/json');
  assert.strictEqual(req.headers['x-custom'], 'p, q, r');
  assert.deepStrictEqual(req.rawHeaders, lines.flat());
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    const head = lines.map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`GET / HTTP/1.1\r\n${head}\r\n`);
  }));
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));
