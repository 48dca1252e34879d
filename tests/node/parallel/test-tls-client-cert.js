'use strict';
// requestCert with rejectUnauthorized: a client with a certificate from the
// trusted CA gets in and the server sees it; one without is turned away.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ ...certs.server(), ca: certs.ca(), requestCert: true,
                                  rejectUnauthorized: true }, common.mustCall((socket) => {
  assert.strictEqual(socket.authorized, true);
  assert.strictEqual(socket.getPeerCertificate().subject.CN, 'client');
  socket.end('welcome');
}));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const good = tls.connect({ port, host: 'localhost', ca: certs.ca(), key: certs.read('client.key'),
                             cert: certs.read('client.pem') });
  good.setEncoding('utf8');
  good.on('data', common.mustCall((text) => assert.strictEqual(text, 'welcome')));
  good.on('close', common.mustCall(() => {
    const bad = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    bad.on('data', common.mustNotCall());
    bad.on('error', () => {});
    bad.on('close', common.mustCall(() => server.close()));
  }));
}));
