'use strict';
// request() and get() take a URL string, a URL object, or options, and a
// URL plus options merged (the options win); the server sees path, query,
// Host and the Basic credentials from the URL.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push([req.method, req.url, req.headers.host.replace(/:\d+$/, ':P'),
             req.headers.authorization, req.headers['x-extra']]);
  res.end();
});
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  const fetchOne = (...args) => new Promise((resolve) => {
    http.get(...args, (res) => { res.resume(); res.on('end', resolve); });
  });
  await fetchOne(`${base}/string?q=1`);
  await fetchOne(new URL(`http://u:p@127.0.0.1:${port}/object#frag`));
  await fetchOne(`${base}/merged`, { headers: { 'X-Extra': 'yes' }, path: '/override' });
  await fetchOne({ host: '127.0.0.1', port, path: '/opts', auth: 'a:b' });
  assert.deepStrictEqual(seen, [
    ['GET', '/string?q=1', '127.0.0.1:P', undefined, undefined],
    ['GET', '/object', '127.0.0.1:P', 'Basic dTpw', undefined],
    ['GET', '/override', '127.0.0.1:P', undefined, 'yes'],
    ['GET', '/opts', '127.0.0.1:P', 'Basic YTpi', undefined],
  ]);
  server.close();
}));
