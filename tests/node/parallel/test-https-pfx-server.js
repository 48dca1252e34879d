'use strict';
// An https server from a PKCS#12 bundle: `pfx` and `passphrase` are https
// options too, and the client verifies the bundle's certificate.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer({ pfx: certs.read('server.pfx'), passphrase: 'sesame' },
                                  common.mustCall((req, res) => res.end('pfx')));
server.listen(0, common.mustCall(() => {
  https.get({ port: server.address().port, host: 'localhost', ca: certs.ca(), agent: false },
            common.mustCall((res) => {
              assert.strictEqual(res.socket.authorized, true);
              assert.strictEqual(res.socket.getPeerCertificate().subject.CN, 'localhost');
              res.setEncoding('utf8');
              res.on('data', common.mustCall((d) => assert.strictEqual(d, 'pfx')));
              res.on('end', common.mustCall(() => server.close()));
            }));
}));
