'use strict';
// A parse error in the body, after 'response': the request still gets
// the error (HPE_INVALID_CHUNK_SIZE for a chunk size that is not hex),
// and the response is cut short ('aborted', then 'close').
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n');
    setTimeout(() => socket.end('zz\r\n'), 20);
  });
}));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustNotCall());
    res.on('aborted', common.mustCall());
    res.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'aborted')));
    res.on('close', common.mustCall(() => server.close()));
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_INVALID_CHUNK_SIZE');
    assert.strictEqual(err.reason, 'Invalid character in chunk size');
  }));
}));
