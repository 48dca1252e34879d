// A tls client against servers whose certificates fail verification in each
// way: what error (code, message) it gets, and with rejectUnauthorized: false
// what authorized and authorizationError say. Certificates: $TLS_CERTS
// (tests/tls/make_certs.sh).
'use strict';
const tls = require('tls');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);

const cases = [
  ['good, CA given', 'server', { ca: read('ca.pem') }],
  ['good, by IP', 'server', { ca: read('ca.pem'), host: '127.0.0.1' }],
  ['no CA (system store)', 'server', {}],
  ['self-signed', 'self', { ca: read('ca.pem') }],
  ['self-signed, trusted', 'self', { ca: read('self.pem') }],
  ['expired', 'expired', { ca: read('ca.pem') }],
  ['wrong host', 'wronghost', { ca: read('ca.pem') }],
  ['wrong host, servername given', 'wronghost', { ca: read('ca.pem'), servername: 'wrong.example' }],
  ['custom checkServerIdentity', 'wronghost', { ca: read('ca.pem'), checkServerIdentity: () => undefined }],
  ['checkServerIdentity refuses', 'server', { ca: read('ca.pem'),
    checkServerIdentity: (host, cert) => new Error(`no thanks, ${host} ${cert.subject.CN}`) }],
];

function attempt(name, certName, options, rejectUnauthorized) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read(`${certName}.key`), cert: read(`${certName}.pem`) },
                                    (socket) => socket.end('hello'));
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => {
      const socket = tls.connect({ host: 'localhost', port: server.address().port,
                                   rejectUnauthorized, ...options }, () => {
        console.log(`${name} (reject ${rejectUnauthorized}): secureConnect authorized=` +
                    `${socket.authorized} authorizationError=${socket.authorizationError}`);
      });
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => { text += chunk; });
      socket.on('error', (err) => {
        console.log(`${name} (reject ${rejectUnauthorized}): error ${err.code}: ${err.message}`);
      });
      socket.on('close', () => {
        if (text) console.log(`  read ${JSON.stringify(text)}`);
        server.close(resolve);
      });
    });
  });
}

(async () => {
  for (const [name, certName, options] of cases) {
    await attempt(name, certName, options, true);
    await attempt(name, certName, options, false);
  }
})();
