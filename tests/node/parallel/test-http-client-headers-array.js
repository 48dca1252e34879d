'use strict';
// headers may be a flat array of name/value pairs: they are sent in that
// order, names spelled as given, a name repeated sends two lines.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const pairs = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (/^x-/i.test(req.rawHeaders[i])) pairs.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  assert.deepStrictEqual(pairs, ['X-Second', 'b', 'x-first', 'a', 'X-Second', 'c']);
  assert.strictEqual(req.headers['x-second'], 'b, c');
  res.end();
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: ['X-Second', 'b', 'x-first', 'a', 'X-Second', 'c', 'Host', 'localhost',
              'Connection', 'close'],
  }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
  // The header is rendered from the array at once: nothing to look up.
  assert.strictEqual(req.getHeader('x-first'), undefined);
  req.end();
}));
