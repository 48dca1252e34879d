'use strict';
// An SNICallback that answers with an error ends that handshake: the server
// reports 'tlsClientError' with the very error (the socket knows the name
// asked for), the client sees the connection drop, and the next client is
// served.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const refusal = new Error('no such site');
const server = tls.createServer({
  ...certs.server(),
  SNICallback: (servername, callback) => {
    callback(servername === 'bad.example' ? refusal : null);
  },
}, common.mustCall((socket) => socket.end('ok')));
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err, refusal);
  assert.strictEqual(socket.servername, 'bad.example');
}));
assert.throws(() => tls.createServer({ SNICallback: 'nope' }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const bad = tls.connect({ port, host: 'localhost', servername: 'bad.example', ca: certs.ca() },
                          common.mustNotCall());
  bad.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    const good = tls.connect({ port, host: 'localhost', servername: 'localhost', ca: certs.ca() });
    good.setEncoding('utf8');
    good.on('data', common.mustCall((d) => assert.strictEqual(d, 'ok')));
    good.on('close', common.mustCall(() => server.close()));
  }));
}));
