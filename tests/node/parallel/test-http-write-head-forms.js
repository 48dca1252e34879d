'use strict';
// writeHead's headers as an object or a flat [name, value, ...] array,
// merged with headers set before (a repeated name: the last wins); an array
// of pairs only when nothing was set before. writeHead returns the response.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const forms = {
  '/object': { 'X-A': '1', 'X-B': '2' },
  '/flat': ['X-A', '0', 'X-B', '2', 'X-A', '1'],
  '/pairs': [['X-A', '1'], ['X-B', '2']],
};
const server = http.createServer((req, res) => {
  if (req.url !== '/pairs') res.setHeader('X-Before', 'yes');
  assert.strictEqual(res.writeHead(200, forms[req.url]), res);
  res.end();
});
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  for (const path of Object.keys(forms)) {
    await new Promise((resolve) => {
      http.get({ port, path }, common.mustCall((res) => {
        assert.strictEqual(res.headers['x-a'], '1');
        assert.strictEqual(res.headers['x-b'], '2');
        assert.strictEqual(res.headers['x-before'], path === '/pairs' ? undefined : 'yes');
        res.resume();
        res.on('end', resolve);
      }));
    });
  }
  server.close();
}));
