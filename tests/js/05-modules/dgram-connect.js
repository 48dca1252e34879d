// A connected UDP socket: connect() fixes the peer, send() then needs no
// address (and refuses one), remoteAddress() names the peer, disconnect()
// forgets it; each misuse throws Node's error.
'use strict';
const dgram = require('dgram');

const attempt = (label, fn) => {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? '' : JSON.stringify(result));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  attempt('remote before', () => client.remoteAddress());
  attempt('disconnect before', () => client.disconnect());
  attempt('bad port', () => client.connect(0));
  attempt('port type', () => client.connect('x'));
  attempt('address type', () => client.connect(port, 5));

  client.connect(port, '127.0.0.1', () => {
    console.log('connected', client.remoteAddress().port === port,
                client.remoteAddress().address, client.remoteAddress().family);
    attempt('connect again', () => client.connect(port));
    attempt('send with port', () => client.send('x', 0, 1, port));
    attempt('send with address', () => client.send('x', 0, 1, port, '127.0.0.1'));
    server.once('message', (message, rinfo) => {
      console.log('server got', message.toString(), rinfo.port === client.address().port);
      client.send(Buffer.from('second, sliced'), 0, 6, (err, bytes) => {
        console.log('sent sliced', err, bytes);
        server.once('message', (m) => {
          console.log('server got', m.toString());
          attempt('disconnect', () => client.disconnect());
          attempt('remote after', () => client.remoteAddress());
          attempt('disconnect again', () => client.disconnect());
          client.send('third', port, '127.0.0.1', (e, n) => {
            console.log('sent after disconnect', e, n);
            server.once('message', (m3) => {
              console.log('server got', m3.toString());
              client.close();
              server.close();
            });
          });
        });
      });
    });
    client.send('first', (err, bytes) => console.log('sent', err, bytes));
  });
  client.on('connect', () => console.log('connect event'));
});
