'use strict';
// An encrypted private key: usable with its passphrase, an OpenSSL error
// (ERR_OSSL_BAD_DECRYPT) with a wrong one.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

assert.throws(() => tls.createSecureContext({ key: certs.read('enc.key'), passphrase: 'nope',
                                              cert: certs.read('server.pem') }),
              { code: 'ERR_OSSL_BAD_DECRYPT' });
const server = tls.createServer({ key: certs.read('enc.key'), passphrase: 'secret',
                                  cert: certs.read('server.pem') }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                        common.mustCall(() => {
    assert.strictEqual(c.authorized, true);
    c.end();
    server.close();
  }));
}));
