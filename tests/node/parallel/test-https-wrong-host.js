'use strict';
// https.get() to a server whose certificate names another host fails with
// ERR_TLS_CERT_ALTNAME_INVALID (reason, host and cert on the error);
// rejectUnauthorized: false lets the same request through.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer({ key: certs.read('wronghost.key'),
                                    cert: certs.read('wronghost.pem') },
                                  (req, res) => res.end('served'));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  https.get({ port, host: 'localhost', ca: certs.ca(), agent: false }, common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
      assert.strictEqual(err.host, 'localhost');
      assert.strictEqual(err.reason, 'Host: localhost. is not in the cert\'s altnames: ' +
                         'DNS:wrong.example');
      assert.strictEqual(err.cert.subject.CN, 'wrong.example');
      https.get({ port, host: 'localhost', rejectUnauthorized: false, agent: false },
                common.mustCall((res) => {
                  let body = '';
                  res.on('data', (d) => { body += d; });
                  res.on('end', common.mustCall(() => {
                    assert.strictEqual(body, 'served');
                    assert.strictEqual(res.socket.authorized, false);
                    server.close();
                  }));
                }));
    }));
}));
