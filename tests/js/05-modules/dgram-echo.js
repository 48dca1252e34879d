// UDP over loopback: a server that echoes, a client that sends strings,
// Buffers, lists of both, slices and an empty datagram; 'listening',
// 'message' with rinfo, 'close', and the order they come in.
'use strict';
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' });
const events = [];

server.on('listening', () => events.push('server listening'));
server.on('message', (message, rinfo) => {
  console.log('server got', JSON.stringify(message.toString()), message.length, rinfo.family,
              rinfo.address, rinfo.size, rinfo.port === client.address().port);
  server.send(message, rinfo.port, rinfo.address);
});
server.on('close', () => console.log('server close', events.join(', ')));

const messages = [
  ['a string'],
  [Buffer.from('a buffer')],
  [['a ', Buffer.from('list '), 'of parts']],
  [Buffer.from('0123456789'), 2, 5],
  ['slice of a string', 0, 5],
  [new Uint8Array([104, 105])],
  [''],
  [[]],
];

server.bind(0, '127.0.0.1', () => {
  const { address, family } = server.address();
  console.log('server bound', address, family, typeof server.address().port);
  const port = server.address().port;
  let received = 0;
  client.on('message', (message) => {
    console.log('client got', JSON.stringify(message.toString()));
    if (++received === messages.length) {
      client.close(() => console.log('client closed'));
      server.close();
    }
  });
  // One at a time, so the order is the same on every run.
  let sent = 0;
  const next = () => {
    if (sent === messages.length) return;
    const args = messages[sent++];
    client.send(...args, port, '127.0.0.1', (err, bytes) => {
      console.log('sent', err, bytes);
      client.once('message', next);
    });
  };
  next();
});
