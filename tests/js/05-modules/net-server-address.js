// net: what a listening server and its sockets say about their addresses,
// printing only what is the same from run to run (families, that ports
// are numbers > 0, which ends match). Also listen's argument forms, the
// 'listening' callback, getConnections, maxConnections and 'drop'.
'use strict';
const net = require('net');

const steps = [];
const run = () => { const step = steps.shift(); if (step) step(); };
const shape = (a) => (a === null ? 'null' :
  `${a.address} ${a.family} port>0 ${typeof a.port === 'number' && a.port > 0}`);

for (const args of [[0, '127.0.0.1'], [{ port: 0, host: '127.0.0.1' }], ['0', '127.0.0.1', 5],
  [{ port: 0, host: '127.0.0.1', backlog: 1, exclusive: true }], [0, 'localhost']]) {
  steps.push(() => {
    const server = net.createServer();
    console.log(`before listen: ${shape(server.address())} listening ${server.listening}`);
    server.listen(...args, function() {
      console.log(`listen(${JSON.stringify(args)}): ${shape(this.address())}` +
                  ` listening ${this.listening} this ${this === server}`);
      server.close(() => {
        console.log(`closed: ${shape(server.address())} listening ${server.listening}`);
        run();
      });
    });
  });
}

// No host: the IPv6 wildcard where there is IPv6, else 0.0.0.0.
steps.push(() => {
  const server = net.createServer().listen(0, () => {
    const { address, family } = server.address();
    console.log(`no host: ${['::', '0.0.0.0'].includes(address)} ${['IPv6', 'IPv4'].includes(family)}`);
    server.close(run);
  });
});

// Socket addresses: each end's local is the other's remote. Each side keeps
// its own lines (the two run in either order), printed once both are done.
steps.push(() => {
  const serverLines = [];
  const clientLines = [];
  const server = net.createServer((socket) => {
    server.getConnections((err, count) => {
      serverLines.push(`getConnections ${err} ${count}`);
      serverLines.push(`server side: remote ${socket.remoteAddress} ${socket.remoteFamily}` +
                       ` local ${socket.localAddress} ${socket.localFamily}`);
      serverLines.push(`address() ${JSON.stringify(Object.keys(socket.address()))}`);
      socket.end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    clientLines.push(`before connect: remote ${client.remoteAddress} local ${client.localAddress}`);
    client.on('connect', () => {
      clientLines.push(`client: localPort>0 ${client.localPort > 0}` +
                       ` remotePort ${client.remotePort === server.address().port}` +
                       ` family ${client.localFamily} ${client.remoteFamily}`);
    });
    client.resume();
    client.on('close', () => server.close(() => {
      console.log([...serverLines, ...clientLines].join('\n'));
      run();
    }));
  });
});

// maxConnections: the one over the limit is dropped at once.
steps.push(() => {
  const server = net.createServer((socket) => {
    console.log('accepted one');
    socket.on('close', () => server.close(run));
    const second = net.connect(server.address().port, '127.0.0.1');
    second.resume();
    second.on('close', () => {
      console.log('second closed by the server');
      socket.end();
    });
  });
  server.maxConnections = 1;
  server.on('drop', (data) => {
    console.log(`drop ${data.localAddress} ${data.remoteFamily} ${data.remotePort > 0}`);
  });
  server.listen(0, '127.0.0.1', () => {
    const first = net.connect(server.address().port, '127.0.0.1');
    first.resume();
  });
});

run();
