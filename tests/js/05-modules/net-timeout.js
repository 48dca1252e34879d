// net: socket.setTimeout. An idle socket emits 'timeout' (and is not
// closed by it); setTimeout(0) turns the timer off; a callback given to
// setTimeout is a 'timeout' listener once; the connect option `timeout`;
// the timer alone does not keep the process alive. Only the order of
// events is printed, never times.
'use strict';
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1', timeout: 20 });
  console.log(`timeout property ${client.timeout}`);
  let timeouts = 0;
  client.on('timeout', () => {
    timeouts++;
    console.log(`timeout ${timeouts}, destroyed ${client.destroyed}`);
    if (timeouts === 1) {
      client.setTimeout(0);
      client.setTimeout(30, () => console.log('callback of the second timer'));
      console.log(`listeners ${client.listenerCount('timeout')}`);
    } else {
      client.setTimeout(0);
      console.log(`timer off, property ${client.timeout}, listeners ${client.listenerCount('timeout')}`);
      setTimeout(() => {
        console.log(`no more timeouts: ${timeouts === 2}`);
        client.end();
      }, 60);
    }
  });
  client.on('close', () => {
    // An unref'd idle timer does not hold the process: a socket with a
    // timer set and nothing else to do still lets the program end.
    const idle = new net.Socket();
    idle.setTimeout(10000, () => console.log('never'));
    server.close(() => console.log('server closed'));
  });
});
