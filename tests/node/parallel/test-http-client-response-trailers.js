'use strict';
// Trailers after a chunked body: res.trailers and res.rawTrailers are
// empty until the body has ended, then hold the fields sent after the last
// chunk, as the headers do.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.1 200 OK\r\n' +
               'Transfer-Encoding: chunked\r\n' +
               'Trailer: X-Checksum, X-Count\r\n' +
               'Connection: close\r\n\r\n' +
               '5\r\nhello\r\n' +
               '6\r\n world\r\n' +
               '0\r\n' +
               'X-Checksum: abc123\r\n' +
               'x-count: 2\r\n' +
               'X-Count: 3\r\n\r\n');
  });
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.headers.trailer, 'X-Checksum, X-Count');
    assert.deepStrictEqual(res.trailers, {});
    assert.deepStrictEqual(res.rawTrailers, []);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello world');
      assert.deepStrictEqual(res.trailers, { 'x-checksum': 'abc123', 'x-count': '2, 3' });
      assert.deepStrictEqual(res.rawTrailers,
                             ['X-Checksum', 'abc123', 'x-count', '2', 'X-Count', '3']);
      server.close();
    }));
  }));
}));
