// net: half-close. With allowHalfOpen the server reads the client's FIN
// ('end') and may still write before ending its own side; the client,
// also half open, gets all of it after its own end(). Then a server
// without allowHalfOpen: its side ends as soon as the client's does, and a
// write after that fails with EPIPE as Node words it.
'use strict';
const net = require('net');

const log = [];
const clientLog = [];  // the client of the first part, printed after it

function halfOpen(next) {
  let open = 2;  // the server and the client: both closed, then next()
  const closed = () => { if (--open === 0) next(); };
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { received += chunk; });
    socket.on('end', () => {
      log.push(`server end: got ${JSON.stringify(received)}, writable ${socket.writable}`);
      socket.write('reply after your FIN, ');
      setTimeout(() => socket.end('and the last words'), 5);
    });
    socket.on('finish', () => log.push('server finish'));
    socket.on('close', (hadError) => {
      log.push(`server socket close ${hadError}`);
      server.close(closed);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                                 allowHalfOpen: true });
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => { reply += chunk; });
    client.on('connect', () => client.end('question'));
    client.on('finish', () => clientLog.push(`client finish, readable ${client.readable}`));
    client.on('end', () => {
      clientLog.push(`client end: got ${JSON.stringify(reply)}`);
      clientLog.push(`client readyState ${client.readyState}`);
    });
    client.on('close', (hadError) => {
      clientLog.push(`client close ${hadError}`);
      closed();
    });
  });
}

function notHalfOpen() {
  const server = net.createServer((socket) => {
    socket.resume();
    socket.on('end', () => {
      log.push(`server end: writableEnded ${socket.writableEnded}`);
      // Once the writable side has ended too, a write is refused.
      setImmediate(() => {
        log.push(`later: writableEnded ${socket.writableEnded}`);
        socket.write('too late', (err) => log.push(`write callback: ${err.code} ${err.message}`));
      });
    });
    socket.on('error', (err) => log.push(`server error: ${err.code} ${err.message}`));
    socket.on('close', (hadError) => {
      log.push(`server socket close ${hadError}`);
      server.close(() => console.log(log.join('\n')));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
    client.resume();
  });
}

halfOpen(() => {
  log.push(...clientLog, '--');
  notHalfOpen();
});
