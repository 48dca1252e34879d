'use strict';
// end(data) before any write gives the response a Content-Length; the
// client sees the whole body and the connection closes as the client asked.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.end('hello world');
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['content-length'], '11');
    assert.strictEqual(res.headers['transfer-encoding'], undefined);
    // agent: false asks for Connection: close, and the server agrees.
    assert.strictEqual(res.headers.connection, 'close');
    assert.strictEqual(res.headers['keep-alive'], undefined);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello world');
      server.close();
    }));
  }));
}));
