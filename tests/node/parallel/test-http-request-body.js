'use strict';
// A POST body written in pieces by the client arrives whole at the server,
// chunked on the wire since the client did not give a length.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/upload?x=1');
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(req.complete, true);
    res.end(body.toUpperCase());
  }));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, method: 'post', path: '/upload?x=1',
  }, common.mustCall((res) => {
    let text = '';
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'ABCDEF');
      server.close();
    }));
  }));
  req.write('abc');
  req.write('de');
  req.end('f');
}));
