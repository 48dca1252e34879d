'use strict';
// A ClientRequest's headers before they are sent: setHeader/getHeader/
// hasHeader/removeHeader, getHeaderNames (lower case) and
// getRawHeaderNames (as given); once sent, changing them throws
// ERR_HTTP_HEADERS_SENT.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['x-kept'], '1');
  assert.strictEqual(req.headers['x-gone'], undefined);
  assert.deepStrictEqual(req.headers['x-list'], 'a, b');
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, agent: false });
  req.setHeader('X-Kept', 1);
  req.setHeader('X-Gone', 'soon');
  req.setHeader('X-List', ['a', 'b']);
  assert.strictEqual(req.getHeader('x-kept'), 1);
  assert.strictEqual(req.getHeader('X-KEPT'), 1);
  assert.deepStrictEqual(req.getHeader('x-list'), ['a', 'b']);
  assert.strictEqual(req.hasHeader('x-gone'), true);
  req.removeHeader('x-GONE');
  assert.strictEqual(req.hasHeader('x-gone'), false);
  assert.deepStrictEqual(req.getHeaderNames(), ['host', 'x-kept', 'x-list']);
  assert.deepStrictEqual(req.getRawHeaderNames(), ['Host', 'X-Kept', 'X-List']);
  assert.throws(() => req.setHeader('bad name', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => req.setHeader('x-bad', 'a\nb'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => req.setHeader('x-undef', undefined),
                { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  req.end();
  assert.strictEqual(req.headersSent, true);
  assert.throws(() => req.setHeader('x-late', '1'), { code: 'ERR_HTTP_HEADERS_SENT' });
  assert.throws(() => req.removeHeader('x-kept'), { code: 'ERR_HTTP_HEADERS_SENT' });
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
