'use strict';
// _renderHeaders(), the old accessor: the headers set so far keyed by the
// spelling they were set with; it throws ERR_HTTP_HEADERS_SENT once the
// head is rendered.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.deepStrictEqual(res._renderHeaders(), {});
  res.setHeader('X-Mixed', 'a');
  res.setHeader('content-type', 'text/plain');
  res.setHeader('X-List', ['1', '2']);
  assert.deepStrictEqual(res._renderHeaders(),
                         { 'X-Mixed': 'a', 'content-type': 'text/plain', 'X-List': ['1', '2'] });
  res.writeHead(200);
  assert.throws(() => res._renderHeaders(), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot render headers after they are sent to the client',
  });
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
