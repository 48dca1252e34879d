'use strict';
// An https server with an SNICallback: https.get's `servername` picks the
// certificate; the request handler sees the name on req.socket.servername.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');
const tls = require('tls');

const other = tls.createSecureContext({ key: certs.read('other.key'), cert: certs.read('other.pem') });
const server = https.createServer({
  ...certs.server(),
  SNICallback: common.mustCall((name, callback) => callback(null, other)),
}, common.mustCall((req, res) => res.end(req.socket.servername)));
server.listen(0, common.mustCall(() => {
  https.get({ port: server.address().port, host: 'localhost', servername: 'other.example',
              ca: certs.ca(), agent: false,
              checkServerIdentity: (host, cert) => tls.checkServerIdentity('other.example', cert) },
            common.mustCall((res) => {
              assert.strictEqual(res.socket.getPeerCertificate().subject.CN, 'other.example');
              res.setEncoding('utf8');
              res.on('data', common.mustCall((d) => assert.strictEqual(d, 'other.example')));
              res.on('end', common.mustCall(() => server.close()));
            }));
}));
