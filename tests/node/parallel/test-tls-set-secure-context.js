'use strict';
// server.setSecureContext() swaps the key and certificate for connections
// made after the call; the connection made before still had the old one.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), (socket) => socket.end());

function subject() {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost',
                            rejectUnauthorized: false }, () => {
      resolve(c.getPeerCertificate().subject.CN);
      c.end();
    });
    c.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await subject(), 'localhost');
  server.setSecureContext({ key: certs.read('other.key'), cert: certs.read('other.pem') });
  assert.strictEqual(await subject(), 'other.example');
  server.close();
}));
