'use strict';
// getPeerCertificate(): the fields scripts read (subject, issuer,
// subjectaltname, serialNumber, fingerprints, dates, raw), consistent with
// crypto.X509Certificate made from its `raw`; getPeerCertificate(true)
// links the issuer.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');

const server = tls.createServer(certs.server(), (socket) => socket.end());
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                        common.mustCall(() => {
                          const cert = c.getPeerCertificate();
                          assert.deepStrictEqual({ ...cert.subject },
                                                 { CN: 'localhost', O: 'Teaching' });
                          assert.deepStrictEqual({ ...cert.issuer },
                                                 { CN: 'Test CA', O: 'Teaching' });
                          assert.strictEqual(cert.subjectaltname,
                                             'DNS:localhost, IP Address:127.0.0.1');
                          assert.strictEqual(cert.serialNumber, '03E9');
                          assert.ok(Buffer.isBuffer(cert.raw));
                          const x509 = new crypto.X509Certificate(cert.raw);
                          assert.strictEqual(cert.fingerprint256, x509.fingerprint256);
                          assert.strictEqual(cert.fingerprint, x509.fingerprint);
                          assert.strictEqual(cert.valid_from, x509.validFrom);
                          assert.strictEqual(cert.valid_to, x509.validTo);
                          assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
                          c.end();
                        }));
  c.on('close', common.mustCall(() => server.close()));
}));
