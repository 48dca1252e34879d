'use strict';
// The auth option becomes a Basic Authorization header (base64 of the
// string as given, colon and all); an Authorization header set by the
// caller wins over it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer(common.mustCall((req, res) => {
  seen.push(req.headers.authorization);
  res.end();
}, 3));

function get(options) {
  return new Promise((resolve) => {
    http.get(options, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  await get({ port, auth: 'user:pa ss' });
  await get({ port, auth: 'justuser' });
  await get({ port, auth: 'a:b', headers: { authorization: 'Bearer token' } });
  assert.deepStrictEqual(seen, [
    `Basic ${Buffer.from('user:pa ss').toString('base64')}`,
    `Basic ${Buffer.from('justuser').toString('base64')}`,
    'Bearer token',
  ]);
  server.close();
}));
