'use strict';
// An https request to a server whose certificate the client cannot verify
// fails with the verification code, and the server reports the aborted
// handshake as 'tlsClientError' (and http's 'clientError').
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer(certs.server(), common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert.ok(err.code);
  socket.destroy();
}));
server.listen(0, common.mustCall(() => {
  https.get({ host: 'localhost', port: server.address().port, agent: false }, common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      server.close();
    }));
}));
