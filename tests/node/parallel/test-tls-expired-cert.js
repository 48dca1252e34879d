'use strict';
// A certificate past its notAfter is refused with CERT_HAS_EXPIRED even
// though its CA is trusted.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ key: certs.read('expired.key'), cert: certs.read('expired.pem') },
                                common.mustNotCall());
server.on('tlsClientError', common.mustCall());
server.listen(0, common.mustCall(() => {
  tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
              common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'CERT_HAS_EXPIRED');
      assert.strictEqual(err.message, 'certificate has expired');
      server.close();
    }));
}));
