'use strict';
// A client that vanishes in the middle of a chunked upload: the request
// gets the chunks that came, then 'aborted' (req.aborted true, complete
// false), an ECONNRESET 'error' and 'close'; 'end' never comes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (chunk) => {
    body += chunk;
    if (body === 'first') client.destroy();
  });
  req.on('end', common.mustNotCall());
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  req.on('close', common.mustCall(() => {
    assert.strictEqual(body, 'first');
    server.close();
  }));
}));

let client;
server.listen(0, common.mustCall(() => {
  client = net.connect(server.address().port, common.mustCall(() => {
    client.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n');
  }));
}));
