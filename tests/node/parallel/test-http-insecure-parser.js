'use strict';
// insecureHTTPParser: true relaxes the parser for broken peers: a header
// value with a control character, which the strict parser refuses with
// 400, is accepted as it is.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const request = 'GET / HTTP/1.1\r\nHost: x\r\nX-Odd: a\x01b\r\nConnection: close\r\n\r\n';

function exchange(server) {
  return new Promise((resolve) => {
    server.listen(0, () => {
      const socket = net.connect(server.address().port, () => socket.end(request));
      let reply = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk) => { reply += chunk; });
      socket.on('error', () => {});
      socket.on('close', () => {
        server.close();
        resolve(reply);
      });
    });
  });
}

assert.throws(() => http.createServer({ insecureHTTPParser: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

(async () => {
  const strict = await exchange(http.createServer(common.mustNotCall()));
  assert.strictEqual(strict, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  const lax = await exchange(http.createServer({ insecureHTTPParser: true },
                                               common.mustCall((req, res) => {
                                                 assert.strictEqual(req.headers['x-odd'], 'a\x01b');
                                                 res.end('accepted');
                                               })));
  assert.ok(lax.endsWith('accepted'), lax);
})().then(common.mustCall());
