// net: an echo server and a client on 127.0.0.1 (port 0). The client sends
// strings and buffers, then ends; the server echoes and ends when the client
// does. Events are logged per side and printed at the end, so the output
// does not depend on how the two sides interleave.
'use strict';
const net = require('net');

const serverLog = [];
const clientLog = [];

const server = net.createServer((socket) => {
  serverLog.push(`connection ${socket.remoteAddress} ${socket.remoteFamily} ` +
                 `local ${socket.localAddress === '127.0.0.1'} ${socket.localPort === port}`);
  serverLog.push(`readyState ${socket.readyState} pending ${socket.pending}`);
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('end', () => {
    serverLog.push(`end bytesRead ${socket.bytesRead}`);
    socket.end();
  });
  socket.on('close', (hadError) => {
    serverLog.push(`close ${hadError} bytesWritten ${socket.bytesWritten}`);
    server.close(() => {
      serverLog.push('server close');
      done();
    });
  });
});

// Both sides must be closed before the logs are printed.
let open = 2;
function done() {
  if (--open > 0) return;
  console.log(`server:\n  ${serverLog.join('\n  ')}`);
  console.log(`client:\n  ${clientLog.join('\n  ')}`);
}

let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  serverLog.push(`listening ${server.listening} ${server.address().family}`);
  const client = net.connect(port, '127.0.0.1', () => {
    clientLog.push(`connect ${client.remoteAddress} ${client.remotePort === port}`);
    clientLog.push(`readyState ${client.readyState} connecting ${client.connecting}`);
    client.write('hello ');
    client.write(Buffer.from('world '));
    client.write('caf\u00e9 ', 'utf8');
    client.write('6c6174696e', 'hex');
    client.end(' bye');
  });
  clientLog.push(`connecting ${client.connecting} pending ${client.pending} ` +
                 `readyState ${client.readyState}`);
  const chunks = [];
  client.setEncoding('utf8');
  client.on('data', (chunk) => chunks.push(chunk));
  client.on('end', () => {
    clientLog.push(`end: ${JSON.stringify(chunks.join(''))}`);
    clientLog.push(`readyState ${client.readyState}`);
  });
  client.on('finish', () => clientLog.push('finish'));
  client.on('close', (hadError) => {
    clientLog.push(`close ${hadError} read ${client.bytesRead} written ${client.bytesWritten}`);
    clientLog.push(`readyState ${client.readyState} destroyed ${client.destroyed}`);
    done();
  });
});
