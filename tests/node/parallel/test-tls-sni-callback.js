'use strict';
// SNICallback picks the certificate by the name the client asks for, and
// may answer later (here after a turn of the loop): the handshake waits.
// It is called on the server's TLSSocket; that socket's servername is the
// name asked for.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const other = tls.createSecureContext({ key: certs.read('other.key'), cert: certs.read('other.pem') });
const asked = [];
const server = tls.createServer({
  ...certs.server(),
  SNICallback(servername, callback) {
    asked.push(servername);
    assert.ok(this instanceof tls.TLSSocket);
    assert.strictEqual(this.server, server);
    setImmediate(() => callback(null, servername === 'other.example' ? other : undefined));
  },
}, common.mustCall((socket) => socket.end(socket.servername), 2));

function fetch(servername) {
  return new Promise((resolve, reject) => {
    const client = tls.connect({ port: server.address().port, host: 'localhost', servername,
                                 ca: certs.ca() }, () => {
      const cn = client.getPeerCertificate().subject.CN;
      let body = '';
      client.setEncoding('utf8');
      client.on('data', (d) => { body += d; });
      client.on('end', () => resolve([cn, body]));
    });
    client.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  assert.deepStrictEqual(await fetch('other.example'), ['other.example', 'other.example']);
  // No context from the callback: the server's own certificate.
  assert.deepStrictEqual(await fetch('localhost'), ['localhost', 'localhost']);
  assert.deepStrictEqual(asked, ['other.example', 'localhost']);
  server.close();
}));
