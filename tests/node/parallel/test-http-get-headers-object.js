'use strict';
// getHeaders() returns a copy without a prototype, keyed by lower-case
// names; changing the copy changes nothing.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Case', 'v');
  const headers = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.deepStrictEqual(Object.keys(headers), ['x-case']);
  headers['x-case'] = 'changed';
  assert.strictEqual(res.getHeader('X-CASE'), 'v');
  res.end();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-case'], 'v');
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
