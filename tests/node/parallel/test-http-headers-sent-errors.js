'use strict';
// Once writeHead() has rendered the head (headersSent is true from then
// on, before a byte is written), the header map is frozen: setHeader,
// removeHeader, appendHeader and a second writeHead throw
// ERR_HTTP_HEADERS_SENT; getHeader still reads what was rendered.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.headersSent, false);
  res.setHeader('X-Early', 'yes');
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  assert.strictEqual(res.headersSent, true);
  const sent = { code: 'ERR_HTTP_HEADERS_SENT', name: 'Error' };
  assert.throws(() => res.setHeader('X-Late', '1'), sent);
  assert.throws(() => res.removeHeader('X-Early'), sent);
  assert.throws(() => res.appendHeader('X-Late', '1'), sent);
  assert.throws(() => res.writeHead(201), sent);
  assert.strictEqual(res.getHeader('x-early'), 'yes');
  assert.strictEqual(res.getHeader('content-type'), 'text/plain');
  res.write('a');
  assert.throws(() => res.setHeader('X-Late', '1'), sent);
  res.end('b');
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['x-early'], 'yes');
    assert.strictEqual(res.headers['x-late'], undefined);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'ab');
      server.close();
    }));
  }));
}));
