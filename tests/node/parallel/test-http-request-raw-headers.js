'use strict';
// A request's headers given as a flat array keep their order and their
// repeats; the client's header getters see the object form before end().
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const names = req.rawHeaders.filter((v, i) => i % 2 === 0);
  if (req.url === '/array') {
    assert.deepStrictEqual(names, ['Host', 'X-B', 'X-A', 'X-A', 'Connection']);
    assert.strictEqual(req.headers['x-a'], '1, 2');
  } else {
    assert.strictEqual(req.headers['x-c'], 'c');
  }
  res.end();
}, 2));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.request({
    port, path: '/array', headers: ['Host', 'h', 'X-B', 'b', 'X-A', '1', 'X-A', '2'],
  }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const second = http.request({ port, headers: { 'X-C': 'c' } }, common.mustCall((r) => {
        r.resume();
        r.on('end', common.mustCall(() => server.close()));
      }));
      assert.strictEqual(second.getHeader('x-c'), 'c');
      assert.strictEqual(second.getHeader('host'), `localhost:${port}`);
      assert.deepStrictEqual(second.getHeaderNames(), ['x-c', 'host']);
      assert.deepStrictEqual(second.getRawHeaderNames(), ['X-C', 'Host']);
      assert.strictEqual(second.method, 'GET');
      assert.strictEqual(second.path, '/');
      second.end();
    }));
  }));
  req.end();
}));
