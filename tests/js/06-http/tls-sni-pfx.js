// pfx + passphrase, SNICallback, server.addContext and the TLSSocket's
// shape, printed step by step (recorded from Node, checked on ours).
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);

const pfx = read('server.pfx');
for (const passphrase of ['sesame', 'wrong', undefined]) {
  try {
    tls.createSecureContext({ pfx, passphrase });
    console.log('pfx', passphrase, 'ok');
  } catch (err) {
    console.log('pfx', passphrase, err.name, err.code, err.message);
  }
}
for (const bad of [undefined, '']) {
  try {
    tls.createServer({ pfx, passphrase: 'sesame' }).addContext(bad, {});
  } catch (err) {
    console.log('addContext', JSON.stringify(bad), err.code, err.message);
  }
}
console.log('TLSSocket extends net.Socket',
            Object.getPrototypeOf(tls.TLSSocket.prototype) === net.Socket.prototype);

const other = { key: read('other.key'), cert: read('other.pem') };
const server = tls.createServer({
  pfx, passphrase: 'sesame',
  SNICallback(name, callback) {
    console.log('SNICallback', name, this instanceof tls.TLSSocket);
    if (name === 'refused.example') return callback(new Error('refused'));
    setImmediate(() => callback(null, name.endsWith('.example') ?
      tls.createSecureContext(other) : undefined));
  },
}, (socket) => {
  console.log('server: servername', socket.servername, 'is net.Socket', socket instanceof net.Socket);
  socket.end('hello');
});
server.on('tlsClientError', (err, socket) => {
  console.log('tlsClientError', err.message, socket.servername);
});

function connect(servername) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', servername,
                            rejectUnauthorized: false });
    c.on('secureConnect', () => {
      const cert = c.getPeerCertificate();
      console.log('client', servername, '->', cert.subject.CN, c.getProtocol(),
                  'authorized', c.authorized, c.authorizationError);
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client got', d));
    c.on('error', (err) => console.log('client error', err.code));
    c.on('close', () => resolve());
  });
}

server.listen(0, async () => {
  await connect('localhost');
  await connect('other.example');
  await connect('refused.example');
  await connect(undefined);
  server.close(() => console.log('closed'));
});
