'use strict';
// An https server that requires client certificates: a request carrying the
// CA-signed client certificate reaches the handler, which sees the subject;
// one without a certificate never does.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer({ ...certs.server(), ca: certs.ca(), requestCert: true,
                                    rejectUnauthorized: true },
                                  common.mustCall((req, res) => {
                                    assert.strictEqual(req.socket.authorized, true);
                                    res.end(req.socket.getPeerCertificate().subject.CN);
                                  }));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  https.get({ port, host: 'localhost', ca: certs.ca(), agent: false,
              key: certs.read('client.key'), cert: certs.read('client.pem') },
            common.mustCall((res) => {
              res.setEncoding('utf8');
              res.on('data', common.mustCall((d) => assert.strictEqual(d, 'client')));
              res.on('end', common.mustCall(() => {
                https.get({ port, host: 'localhost', ca: certs.ca(), agent: false },
                          common.mustNotCall())
                  .on('error', common.mustCall(() => server.close()));
              }));
            }));
}));
