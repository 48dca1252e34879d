'use strict';
// With both Content-Length and Transfer-Encoding removed, only closing the
// connection can end the body: the server closes it, and the client reads
// the body to the end of the stream.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.removeHeader('Content-Length');
  res.removeHeader('Transfer-Encoding');
  res.write('until ');
  res.end('close');
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['content-length'], undefined);
    assert.strictEqual(res.headers['transfer-encoding'], undefined);
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'until close');
      server.close();
    }));
  }));
}));
