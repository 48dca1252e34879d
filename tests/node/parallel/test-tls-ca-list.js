'use strict';
// `ca` as a list: any certificate in it may anchor the chain (here the
// real CA after an unrelated one), and a list without the issuer fails
// with UNABLE_TO_VERIFY_LEAF_SIGNATURE.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const unrelated = certs.read('self.pem');
const server = tls.createServer(certs.server(), (socket) => socket.end());
server.on('tlsClientError', () => {});
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const ok = tls.connect({ port, host: 'localhost', ca: [unrelated, certs.ca()] },
                         common.mustCall(() => assert.strictEqual(ok.authorized, true)));
  ok.resume();
  ok.on('close', common.mustCall(() => {
    const bad = tls.connect({ port, host: 'localhost', ca: [unrelated] }, common.mustNotCall());
    bad.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      assert.strictEqual(err.message, 'unable to verify the first certificate');
      server.close();
    }));
  }));
}));
