'use strict';
// Plain HTTP sent to an https server: OpenSSL recognises the request line
// and fails the handshake (ERR_SSL_HTTP_REQUEST), reported as
// 'tlsClientError'; no request reaches the handler, no connection is kept,
// and a real https request is served next.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const net = require('net');
const https = require('https');

const server = https.createServer(certs.server(), common.mustCall((req, res) => res.end('secure')));
server.on('tlsClientError', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
  assert.strictEqual(err.reason, 'http request');
  assert.strictEqual(err.library, 'SSL routines');
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const raw = net.connect(port, common.mustCall(() => {
    raw.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  }));
  raw.resume();
  raw.on('close', common.mustCall(() => {
    https.get({ port, host: 'localhost', ca: certs.ca(), agent: false }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(body, 'secure');
        server.close(common.mustCall());
      }));
    }));
  }));
}));
