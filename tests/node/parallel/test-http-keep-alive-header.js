'use strict';
// The Keep-Alive header a kept-alive response carries names the server's
// keepAliveTimeout in whole seconds (rounded down); with keepAliveTimeout
// 0 there is no Keep-Alive header, only Connection: keep-alive.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function head(keepAliveTimeout) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end());
    if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;
    server.listen(0, () => {
      const socket = net.connect(server.address().port, () => {
        socket.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      let reply = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk) => { reply += chunk; });
      socket.on('end', () => {
        server.close();
        resolve(reply);
      });
    });
  });
}

(async () => {
  const byDefault = await head(undefined);
  assert.match(byDefault, /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n/);
  assert.match(await head(7900), /\r\nKeep-Alive: timeout=7\r\n/);
  const none = await head(0);
  assert.match(none, /\r\nConnection: keep-alive\r\n/);
  assert.doesNotMatch(none, /Keep-Alive:/);
})().then(common.mustCall());
