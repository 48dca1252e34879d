'use strict';
// write()'s and end()'s callbacks run once the bytes are handed on;
// 'finish' comes once, after end(); writableFinished follows.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const order = [];
  res.write('a', common.mustCall(() => order.push('write')));
  res.on('finish', common.mustCall(() => {
    order.push('finish');
    assert.strictEqual(res.writableEnded, true);
  }));
  res.end('b', common.mustCall(() => {
    order.push('end');
    assert.deepStrictEqual(order, ['write', 'finish', 'end']);
  }));
  assert.strictEqual(res.writableEnded, true);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'ab');
      server.close();
    }));
  }));
}));
