'use strict';
// checkServerIdentity as an option: its error fails the connection (it is
// the 'error'), undefined accepts even a certificate for another host, and
// it is called with the host name and the peer's certificate.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer({ key: certs.read('wronghost.key'),
                                  cert: certs.read('wronghost.pem') },
                                (socket) => socket.end('hi'));
server.on('tlsClientError', () => {});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const mine = new Error('not the one I want');
  const refused = tls.connect({
    port, host: 'localhost', ca: certs.ca(),
    checkServerIdentity: common.mustCall((host, cert) => {
      assert.strictEqual(host, 'localhost');
      assert.strictEqual(cert.subject.CN, 'wrong.example');
      return mine;
    }),
  }, common.mustNotCall());
  refused.on('error', common.mustCall((err) => {
    assert.strictEqual(err, mine);
    const accepted = tls.connect({
      port, host: 'localhost', ca: certs.ca(),
      checkServerIdentity: common.mustCall(() => undefined),
    }, common.mustCall(() => {
      assert.strictEqual(accepted.authorized, true);
      assert.strictEqual(accepted.authorizationError, null);
    }));
    accepted.resume();
    accepted.on('close', common.mustCall(() => server.close()));
  }));
}));
