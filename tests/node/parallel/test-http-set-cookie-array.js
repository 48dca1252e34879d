'use strict';
// An array value becomes one header line per element (Set-Cookie), and the
// client collects repeated Set-Cookie lines back into an array; other
// repeated fields are joined with ', '.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2']);
  res.setHeader('X-List', ['x', 'y']);
  res.end();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1; Path=/', 'b=2']);
    assert.strictEqual(res.headers['x-list'], 'x, y');
    const raw = res.rawHeaders.filter((v, i) => i % 2 === 0);
    assert.deepStrictEqual(raw.slice(0, 4), ['Set-Cookie', 'Set-Cookie', 'X-List', 'X-List']);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
