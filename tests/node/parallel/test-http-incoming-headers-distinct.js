'use strict';
// req.headersDistinct and req.trailersDistinct: every name (lower case)
// maps to the array of all its values, in the order they came, with no
// folding; they are computed on first use from rawHeaders/rawTrailers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.deepStrictEqual({ ...req.headersDistinct }, {
    'host': ['h'],
    'content-type': ['a/b', 'c/d'],
    'x-list': ['1', '2'],
    'transfer-encoding': ['chunked'],
    'connection': ['close'],
  });
  assert.strictEqual(req.headersDistinct, req.headersDistinct);
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual({ ...req.trailersDistinct }, { 'x-sum': ['1', '2'], 'x-one': ['o'] });
    assert.deepStrictEqual(req.trailers, { 'x-sum': '1, 2', 'x-one': 'o' });
    res.end();
  }));
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('POST / HTTP/1.1\r\nHost: h\r\nContent-Type: a/b\r\nX-List: 1\r\n' +
               'content-type: c/d\r\nx-list: 2\r\nTransfer-Encoding: chunked\r\n' +
               'Connection: close\r\n\r\n' +
               '3\r\nabc\r\n0\r\nX-Sum: 1\r\nX-One: o\r\nx-sum: 2\r\n\r\n');
  }));
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));
