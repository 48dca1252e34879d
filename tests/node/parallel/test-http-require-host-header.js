'use strict';
// An HTTP/1.1 request must name its Host; the server refuses one without
// it with a whole 400 response (not the bare one a parse error gets),
// unless created with requireHostHeader: false. HTTP/1.0 needs no Host.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function exchange(server, bytes) {
  return new Promise((resolve) => {
    server.listen(0, () => {
      const socket = net.connect(server.address().port, () => socket.end(bytes));
      let reply = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk) => { reply += chunk; });
      socket.on('close', () => {
        server.close();
        resolve(reply);
      });
    });
  });
}

(async () => {
  const strict = http.createServer(common.mustNotCall());
  assert.strictEqual(strict.requireHostHeader, true);
  const refused = await exchange(strict, 'GET / HTTP/1.1\r\n\r\n');
  assert.match(refused, /^HTTP\/1\.1 400 Bad Request\r\n/);
  assert.match(refused, /\r\nConnection: close\r\n/);
  assert.match(refused, /\r\nDate: /);

  const again = http.createServer(common.mustCall((req, res) => res.end('1.0 is fine')));
  assert.match(await exchange(again, 'GET / HTTP/1.0\r\n\r\n'), /\r\n\r\n1\.0 is fine$/);

  const lax = http.createServer({ requireHostHeader: false }, common.mustCall((req, res) => {
    assert.strictEqual(req.headers.host, undefined);
    res.end('no host needed');
  }));
  const accepted = await exchange(lax, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
  assert.match(accepted, /^HTTP\/1\.1 200 OK\r\n/);
  assert.ok(accepted.endsWith('no host needed'));
})().then(common.mustCall());
