// tls options, each on a fresh server and client: ALPN, protocol versions,
// ciphers, an encrypted key with its passphrase, client certificates
// (requestCert), what getPeerCertificate() shows, and session resumption.
'use strict';
const tls = require('tls');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);
const base = { key: read('server.key'), cert: read('server.pem') };
const trust = { host: 'localhost', ca: read('ca.pem') };

function pair(name, serverOptions, clientOptions, onSecure) {
  return new Promise((resolve) => {
    const server = tls.createServer({ ...base, ...serverOptions }, (socket) => {
      console.log(`${name}: server authorized=${socket.authorized} ` +
                  `authorizationError=${socket.authorizationError} alpn=${socket.alpnProtocol}`);
      socket.end('bye');
    });
    server.on('tlsClientError', (err) => console.log(`${name}: tlsClientError ${err.code}`));
    server.listen(0, () => {
      const socket = tls.connect({ port: server.address().port, ...trust, ...clientOptions }, () => {
        onSecure(socket);
      });
      socket.on('error', (err) => console.log(`${name}: client error ${err.code}`));
      socket.resume();
      socket.on('close', () => server.close(() => resolve(socket)));
    });
  });
}

const say = (name) => (socket) => {
  const cipher = socket.getCipher();
  console.log(`${name}: ${socket.getProtocol()} ${cipher.name} ${cipher.version} alpn=${socket.alpnProtocol}`);
};

(async () => {
  await pair('alpn', { ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['http/1.1'] }, say('alpn'));
  await pair('alpn none offered', { ALPNProtocols: ['h2'] }, {}, say('alpn none offered'));
  await pair('alpn no overlap', { ALPNProtocols: ['h2'] }, { ALPNProtocols: ['x'] }, say('alpn no overlap'));
  await pair('tls1.2', { maxVersion: 'TLSv1.2' }, {}, say('tls1.2'));
  await pair('version mismatch', { maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' }, say('version mismatch'));
  await pair('cipher', {}, { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' }, say('cipher'));
  await pair('tls13 suite', {}, { ciphers: 'TLS_CHACHA20_POLY1305_SHA256' }, say('tls13 suite'));
  await pair('passphrase', { key: read('enc.key'), passphrase: 'secret' }, {}, say('passphrase'));
  try {
    tls.createSecureContext({ key: read('enc.key'), passphrase: 'wrong' });
  } catch (err) {
    console.log(`wrong passphrase: ${err.code} ${err.reason}`);
  }
  try {
    tls.createSecureContext({ minVersion: 'TLSv9' });
  } catch (err) {
    console.log(`bad version: ${err.code} ${err.message}`);
  }
  const withClientCert = { requestCert: true, rejectUnauthorized: false, ca: read('ca.pem') };
  await pair('client cert', withClientCert, { key: read('client.key'), cert: read('client.pem') },
             (s) => console.log('client cert: client connected'));
  await pair('no client cert', withClientCert, {}, (s) => console.log('no client cert: client connected'));
  await pair('untrusted client cert', withClientCert, { key: read('self.key'), cert: read('self.pem') },
             (s) => console.log('untrusted client cert: client connected'));
  await pair('peer certificate', {}, {}, (socket) => {
    const c = socket.getPeerCertificate();
    console.log('peer certificate:', c.subject, c.issuer, c.subjectaltname, c.ca,
                c.serialNumber, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(c.fingerprint),
                /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(c.fingerprint256), Buffer.isBuffer(c.raw),
                /^\w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(c.valid_to));
  });
  let session;
  const first = await pair('session 1', { maxVersion: 'TLSv1.2' }, {}, (socket) => {
    session = socket.getSession();
    console.log(`session 1: reused=${socket.isSessionReused()} session=${Buffer.isBuffer(session)}`);
  });
  await pair('session 2', { maxVersion: 'TLSv1.2' }, { session }, (socket) => {
    console.log(`session 2 (other server, other key): reused=${socket.isSessionReused()}`);
  });
  void first;
})();
