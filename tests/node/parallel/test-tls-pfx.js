'use strict';
// A server configured from one PKCS#12 bundle (`pfx` + `passphrase`, made by
// `openssl pkcs12 -export`): its key, certificate and CA chain all come out
// of the bundle, and a client trusting the CA is authorized.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const pfx = certs.read('server.pfx');
const server = tls.createServer({ pfx, passphrase: 'sesame' }, common.mustCall((socket) => {
  socket.end('from pfx');
}));
server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                             common.mustCall(() => {
                               assert.strictEqual(client.authorized, true);
                               const cert = client.getPeerCertificate();
                               assert.strictEqual(cert.subject.CN, 'localhost');
                               assert.strictEqual(cert.issuer.CN, 'Test CA');
                             }));
  let text = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { text += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'from pfx');
    server.close();
  }));
}));
