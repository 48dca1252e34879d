'use strict';
// A self-signed server certificate: refused by default with
// DEPTH_ZERO_SELF_SIGNED_CERT, accepted with rejectUnauthorized: false
// (authorized false, the code in authorizationError).
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ key: certs.read('self.key'), cert: certs.read('self.pem') },
                                (socket) => socket.end());
server.on('tlsClientError', () => {});
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  tls.connect({ port, host: 'localhost' }, common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      assert.strictEqual(err.message, 'self-signed certificate');
      const c = tls.connect({ port, host: 'localhost', rejectUnauthorized: false },
                            common.mustCall(() => {
        assert.strictEqual(c.authorized, false);
        assert.strictEqual(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
        c.end();
        server.close();
      }));
    }));
}));
