'use strict';
// server.addContext(): names with '*' for one label, matched as written
// (case counts); a name that matches no context gets the server's own certificate.
// addContext() wants a name, and takes options or a made SecureContext.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => socket.end(), 5));
server.addContext('*.wild.example', { key: certs.read('other.key'), cert: certs.read('other.pem') });
server.addContext('other.example',
                  tls.createSecureContext({ key: certs.read('other.key'),
                                            cert: certs.read('other.pem') }));
assert.throws(() => server.addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
assert.throws(() => server.addContext(undefined, {}), {
  code: 'ERR_TLS_REQUIRED_SERVER_NAME',
  message: '"servername" is required parameter for Server.addContext',
});

function subjectFor(servername) {
  return new Promise((resolve, reject) => {
    const client = tls.connect({ port: server.address().port, host: 'localhost', servername,
                                 rejectUnauthorized: false }, () => {
      resolve(client.getPeerCertificate().subject.CN);
      client.end();
    });
    client.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await subjectFor('a.wild.example'), 'other.example');
  assert.strictEqual(await subjectFor('other.example'), 'other.example');
  assert.strictEqual(await subjectFor('OTHER.example'), 'localhost');
  assert.strictEqual(await subjectFor('a.b.wild.example'), 'localhost');  // one label only
  assert.strictEqual(await subjectFor('localhost'), 'localhost');
  server.close();
}));
