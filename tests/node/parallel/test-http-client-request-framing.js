'use strict';
// How the client frames what it sends: a GET has no body framing at all,
// end(data) gives a POST a Content-Length, writes before end() make it
// chunked, and Connection: close from the caller is sent as given.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = {};
const server = http.createServer((req, res) => {
  seen[req.url] = {
    length: req.headers['content-length'], te: req.headers['transfer-encoding'],
    connection: req.headers.connection,
  };
  req.resume();
  req.on('end', () => res.end());
});
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const send = (path, method, fn, headers) => new Promise((resolve) => {
    const req = http.request({ port, path, method, headers }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    fn(req);
  });
  await send('/get', 'GET', (req) => req.end());
  await send('/known', 'POST', (req) => req.end('abc'));
  await send('/chunked', 'POST', (req) => { req.write('a'); req.end('b'); });
  await send('/close', 'GET', (req) => req.end(), { Connection: 'close' });
  assert.deepStrictEqual(seen, {
    '/get': { length: undefined, te: undefined, connection: 'keep-alive' },
    '/known': { length: '3', te: undefined, connection: 'keep-alive' },
    '/chunked': { length: undefined, te: 'chunked', connection: 'keep-alive' },
    '/close': { length: undefined, te: undefined, connection: 'close' },
  });
  server.close();
}));
