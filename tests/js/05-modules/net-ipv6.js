// net over IPv6 loopback (::1): listen, connect, the families and
// addresses each end reports, ipv6Only, and net.isIP on both kinds.
'use strict';
const net = require('net');

for (const text of ['::1', '127.0.0.1', '::ffff:127.0.0.1', 'fe80::1%lo', '1::2::3',
  '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7:8', '256.1.1.1', '01.1.1.1',
  '1.2.3', '', 'localhost', 42]) {
  console.log(`isIP(${JSON.stringify(text)}) ${net.isIP(text)} v4 ${net.isIPv4(text)}` +
              ` v6 ${net.isIPv6(text)}`);
}

let serverSaw = '';  // printed at the end: the two sides run in either order
const server = net.createServer((socket) => {
  serverSaw = (`server: remote ${socket.remoteAddress} ${socket.remoteFamily}` +
              ` local ${socket.localAddress} ${socket.localFamily}`);
  socket.end('over IPv6');
});
server.listen({ port: 0, host: '::1', ipv6Only: true }, () => {
  const { address, family } = server.address();
  console.log(`listening on ${address} ${family}`);
  const client = net.connect({ port: server.address().port, host: '::1' }, () => {
    console.log(`client: remote ${client.remoteAddress} ${client.remoteFamily}`);
  });
  client.setEncoding('utf8');
  client.on('data', (text) => console.log(`client got ${text}`));
  client.on('close', () => {
    // The same port on IPv4 is another socket: nothing listens there.
    const v4 = net.connect(server.address().port, '127.0.0.1');
    v4.on('error', (err) => {
      console.log(`IPv4 to the IPv6-only port: ${err.code}`);
      server.close(() => console.log(`${serverSaw}\nclosed`));
    });
  });
});
