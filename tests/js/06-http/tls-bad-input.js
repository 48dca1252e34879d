// Bad input to a TLS server: garbage instead of a ClientHello, a plain HTTP
// request, a ClientHello cut in the middle and a client that closes before
// the handshake. Each is a 'tlsClientError' on the server, which keeps
// serving: a good client connects after every one.
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const read = (name) => fs.readFileSync(`${process.env.TLS_CERTS}/${name}`);

const server = tls.createServer({ key: read('server.key'), cert: read('server.pem') }, (socket) => {
  socket.end('still serving');
});
server.on('tlsClientError', (err, socket) => {
  console.log(`tlsClientError ${err.code} (library ${err.library}, reason ${err.reason}) ` +
              `socket.encrypted=${socket.encrypted}`);
});

function raw(bytes, closeAfter) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write(bytes);
      if (closeAfter) c.end();
    });
    let got = Buffer.alloc(0);
    c.on('data', (d) => { got = Buffer.concat([got, d]); });
    c.on('error', (e) => console.log('raw client error', e.code));
    c.on('close', () => {
      // A TLS alert record is 7 bytes: type 21, version, length 2, level, description.
      const alert = got.length >= 7 && got[0] === 21 ? `alert ${got[5]}/${got[6]}` : `${got.length} bytes`;
      console.log(`  raw client got ${alert}`);
      resolve();
    });
  });
}

function good() {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: read('ca.pem') });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log(`  good client: ${d}`));
    c.on('close', resolve);
  });
}

// The first 60 bytes of a real ClientHello, taken from a client we start.
function clientHelloPrefix() {
  return new Promise((resolve) => {
    const s = net.createServer((conn) => {
      conn.once('data', (d) => { conn.destroy(); s.close(); resolve(d.subarray(0, 60)); });
    });
    s.listen(0, '127.0.0.1', () => {
      tls.connect({ port: s.address().port, host: '127.0.0.1' }).on('error', () => {});
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('garbage:');
  await raw(Buffer.from('\x00\x01\x02 this is not TLS at all \xff\xfe'.repeat(4), 'latin1'), false);
  await good();
  console.log('plain http:');
  await raw('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n', false);
  await good();
  console.log('cut ClientHello:');
  await raw(await clientHelloPrefix(), true);
  await good();
  console.log('close before anything:');
  await raw('', true);
  await good();
  server.close();
});
