'use strict';
// A status code, truncated to an integer, must be from 100 to 999: writeHead() throws
// ERR_HTTP_INVALID_STATUS_CODE (a RangeError) for anything else, and so
// does the implicit head of write() after a bad res.statusCode.
// A reason phrase with CR or LF throws ERR_INVALID_CHAR.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const bad = [99, 1000, 0, -200, 1e10, '2OO', NaN];
const server = http.createServer(common.mustCall((req, res) => {
  for (const code of bad) {
    assert.throws(() => res.writeHead(code), {
      code: 'ERR_HTTP_INVALID_STATUS_CODE',
      name: 'RangeError',
      message: `Invalid status code: ${code}`,
    });
  }
  assert.throws(() => res.writeHead(200, 'Fine\r\nX-Injected: 1'), {
    code: 'ERR_INVALID_CHAR',
    name: 'TypeError',
  });
  assert.strictEqual(res.headersSent, false);
  // The refused reason stays stored, and a later writeHead(code) would use it.
  assert.strictEqual(res.statusMessage, 'Fine\r\nX-Injected: 1');
  res.statusMessage = '';
  res.statusCode = 42;
  assert.throws(() => res.write('x'), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  res.writeHead(999.9);  // truncated to an integer first, like `code | 0`
  assert.strictEqual(res.statusCode, 999);
  res.end('still fine');
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 999);
    assert.strictEqual(res.statusMessage, 'unknown');
    assert.strictEqual(res.headers['x-injected'], undefined);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'still fine');  // the refused 'x' was never queued
      server.close();
    }));
  }));
}));
