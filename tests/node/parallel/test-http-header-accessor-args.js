'use strict';
// getHeader, hasHeader and removeHeader want a string name: anything else
// throws ERR_INVALID_ARG_TYPE; getHeader of a name never set is undefined.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  for (const method of ['getHeader', 'hasHeader', 'removeHeader']) {
    for (const name of [5, undefined, null, {}, Symbol('x')]) {
      assert.throws(() => res[method](name), {
        code: 'ERR_INVALID_ARG_TYPE',
        name: 'TypeError',
      }, `${method}(${String(name)})`);
    }
  }
  assert.strictEqual(res.getHeader('x-never'), undefined);
  assert.strictEqual(res.hasHeader(''), false);
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
