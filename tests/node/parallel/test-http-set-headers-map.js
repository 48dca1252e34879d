'use strict';
// res.setHeaders() takes a Map (or a fetch Headers object) and sets each
// entry as setHeader would, replacing what was there; an array value is
// sent as separate lines. A plain object, an array or a string throws
// ERR_INVALID_ARG_TYPE. It returns the response.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Replaced', 'old');
  assert.strictEqual(res.setHeaders(new Map([['X-Replaced', 'new'], ['X-Map', 'm']])), res);
  res.setHeaders(new Map([['Set-Cookie', ['a=1', 'b=2']]]));
  for (const bad of [{ 'X-Plain': 'object' }, [['X-Array', 'pairs']], 'string']) {
    assert.throws(() => res.setHeaders(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => res.setHeaders(new Map([['bad name', 'v']])), {
    code: 'ERR_INVALID_HTTP_TOKEN',
  });
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-replaced'], 'new');
    assert.strictEqual(res.headers['x-map'], 'm');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-plain'], undefined);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
