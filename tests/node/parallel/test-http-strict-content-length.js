'use strict';
// strictContentLength: a body longer or shorter than the Content-Length
// header is refused with ERR_HTTP_CONTENT_LENGTH_MISMATCH.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 4);
  res.write('ab');  // the headers are stored: the length is known from here on
  assert.throws(() => res.write('too long'), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: "Response body's content-length of 10 byte(s) does not match the content-length " +
      'of 4 byte(s) set in header',
  });
  assert.throws(() => res.end(), { code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH' });
  res.end('cd');
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'abcd');
      server.close();
    }));
  }));
}));
