'use strict';
// insecureHTTPParser on createServer: a request with a control character
// in a header value is answered 400 by a strict server, served by a
// lenient one. A non-boolean is ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.createServer({ insecureHTTPParser: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const request = 'GET /odd HTTP/1.1\r\nHost: a\r\nX-Odd: a\x01b\r\nConnection: close\r\n\r\n';

function exchange(server) {
  return new Promise((resolve) => {
    server.listen(0, () => {
      const socket = net.connect(server.address().port);
      let answer = '';
      socket.setEncoding('latin1');
      socket.on('data', (d) => answer += d);
      socket.on('end', () => {
        server.close();
        resolve(answer.split('\r\n')[0]);
      });
      socket.end(request, 'latin1');
    });
  });
}

(async () => {
  const strict = http.createServer(common.mustNotCall());
  assert.strictEqual(await exchange(strict), 'HTTP/1.1 400 Bad Request');
  const lenient = http.createServer({ insecureHTTPParser: true }, common.mustCall((req, res) => {
    assert.strictEqual(req.headers['x-odd'], 'a\x01b');
    res.end();
  }));
  assert.strictEqual(await exchange(lenient), 'HTTP/1.1 200 OK');
})().then(common.mustCall());
