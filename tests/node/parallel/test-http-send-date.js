'use strict';
// A server response carries a Date header (RFC 7231 IMF-fixdate) unless
// sendDate is false or the handler removed it; a Date the handler set
// itself is sent as it is.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.sendDate, true);
  if (req.url === '/off') res.sendDate = false;
  if (req.url === '/removed') res.removeHeader('Date');
  if (req.url === '/own') res.setHeader('Date', 'Sun, 06 Nov 1994 08:49:37 GMT');
  res.end();
}, 4));

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const before = Math.floor(Date.now() / 1000) * 1000;
  const normal = await get(port, '/');
  const after = Date.now();
  const date = normal.headers.date;
  assert.match(date, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
  // The server caches the string for up to a second: it is within one of now.
  assert.ok(Date.parse(date) >= before - 1000 && Date.parse(date) <= after, date);
  assert.strictEqual((await get(port, '/off')).headers.date, undefined);
  assert.strictEqual((await get(port, '/removed')).headers.date, undefined);
  assert.strictEqual((await get(port, '/own')).headers.date, 'Sun, 06 Nov 1994 08:49:37 GMT');
  server.close();
}));
