'use strict';
// setHeader() checks its arguments before it stores anything: a name that
// is not an HTTP token throws ERR_INVALID_HTTP_TOKEN, an undefined value
// ERR_HTTP_INVALID_HEADER_VALUE, a value with CR, LF or NUL ERR_INVALID_CHAR.
// The response still works afterwards with only the valid headers.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  for (const name of ['', 'bad name', 'x:y', 'caf\u00e9', 'a\r\nb', '(x)']) {
    assert.throws(() => res.setHeader(name, 'v'), {
      code: 'ERR_INVALID_HTTP_TOKEN',
      name: 'TypeError',
    });
  }
  assert.throws(() => res.setHeader('X-Undef', undefined), {
    code: 'ERR_HTTP_INVALID_HEADER_VALUE',
    name: 'TypeError',
  });
  for (const value of ['a\r\nSet-Cookie: x', 'a\nb', 'a\rb', 'a\0b']) {
    assert.throws(() => res.setHeader('X-Bad', value), {
      code: 'ERR_INVALID_CHAR',
      name: 'TypeError',
    });
  }
  assert.throws(() => res.setHeader('X-Arr', ['ok', 'bad\n']), { code: 'ERR_INVALID_CHAR' });
  assert.deepStrictEqual(res.getHeaderNames(), []);
  res.setHeader('X-Good', 'tab\tok');
  res.end('done');
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-good'], 'tab\tok');
    assert.strictEqual(res.headers['x-bad'], undefined);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'done');
      server.close();
    }));
  }));
}));
