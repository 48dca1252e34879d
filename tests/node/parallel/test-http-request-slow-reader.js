'use strict';
// A server that reads a big upload slowly (pausing) still gets every byte:
// the body waits in the socket, not in an unbounded buffer.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const size = 4 * 1024 * 1024;
const server = http.createServer(common.mustCall((req, res) => {
  let received = 0;
  req.on('data', (data) => {
    received += data.length;
    assert.ok(req.readableLength <= req.readableHighWaterMark * 2);
    req.pause();
    setImmediate(() => req.resume());
  });
  req.on('end', common.mustCall(() => res.end(String(received))));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' },
                           common.mustCall((res) => {
                             let body = '';
                             res.on('data', (data) => { body += data; });
                             res.on('end', common.mustCall(() => {
                               assert.strictEqual(body, String(size));
                               server.close();
                             }));
                           }));
  req.end(Buffer.alloc(size, 'y'));
}));
