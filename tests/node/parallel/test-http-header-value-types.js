'use strict';
// setHeader keeps the value it was given: getHeader returns a number as a
// number and an array as that very array; on the wire a number is
// its decimal string and every array element is a header line of its own.
// The client folds repeated lines of an ordinary name with ', '.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Number', 42);
  assert.strictEqual(res.getHeader('x-number'), 42);
  const values = ['one', 'two'];
  res.setHeader('X-Array', values);
  assert.strictEqual(res.getHeader('x-array'), values);
  res.setHeader('X-Empty', '');
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-number'], '42');
    assert.strictEqual(res.headers['x-array'], 'one, two');
    assert.strictEqual(res.headers['x-empty'], '');
    const raw = res.rawHeaders;
    assert.deepStrictEqual(raw.slice(0, 8),
                           ['X-Number', '42', 'X-Array', 'one', 'X-Array', 'two', 'X-Empty', '']);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
