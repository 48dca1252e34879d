'use strict';
// What getHeader() sees of writeHead()'s headers: when nothing was set
// before, writeHead() renders its headers straight into the head and the
// header map stays empty; when setHeader() came first, writeHead()'s
// headers are merged into the map (and so readable afterwards).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/direct') {
    res.writeHead(200, { 'X-A': '1' });
    assert.strictEqual(res.getHeader('x-a'), undefined);
    assert.deepStrictEqual(res.getHeaderNames(), []);
  } else {
    res.setHeader('X-B', '0');
    res.writeHead(200, { 'X-A': '1' });
    assert.strictEqual(res.getHeader('x-a'), '1');
    assert.deepStrictEqual(res.getHeaderNames(), ['x-b', 'x-a']);
  }
  res.end();
}, 2));

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  for (const path of ['/direct', '/merged']) {
    await new Promise((resolve) => {
      http.get({ port, path }, common.mustCall((res) => {
        assert.strictEqual(res.headers['x-a'], '1');  // sent either way
        res.resume();
        res.on('end', resolve);
      }));
    });
  }
  server.close();
}));
