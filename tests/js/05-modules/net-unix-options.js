// net over Unix domain sockets, the listen forms and options: listen({ path
// }), listen(path, backlog, cb), readableAll/writableAll (the socket file's
// mode), a relative path, maxConnections with 'drop' (no addresses), a
// large write with backpressure, and the TCP-only methods on a Unix socket.
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'net-unix-options-'));
process.chdir(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const steps = [];
const run = () => { const step = steps.shift(); if (step) step(); };

steps.push(() => {
  const server = net.createServer();
  server.listen({ path: 'opts.sock', readableAll: true, writableAll: true }, () => {
    const mode = fs.statSync('opts.sock').mode;
    console.log('readableAll/writableAll: others rw', (mode & 0o006).toString(8),
                'group rw', (mode & 0o060).toString(8));
    console.log('address', server.address());
    server.close(run);
  });
});

steps.push(() => {
  const server = net.createServer();
  server.listen('backlog.sock', 3, () => {
    console.log('listen(path, backlog, cb):', server.address(), server.listening);
    server.close(run);
  });
});

steps.push(() => {
  const server = net.createServer((socket) => {
    const extra = net.connect('max.sock');
    extra.on('close', (hadError) => {
      console.log('extra connection closed', hadError);
      socket.end();
    });
    extra.resume();
  });
  server.maxConnections = 1;
  server.on('drop', (data) => console.log('drop', data));
  server.listen('max.sock', () => {
    const first = net.connect('max.sock');
    first.resume();
    first.on('close', () => server.close(run));
  });
});

steps.push(() => {
  const data = Buffer.alloc(4 << 20, 'abcdefg');
  const server = net.createServer((socket) => {
    socket.pause();
    let count = 0;
    let events = 0;
    socket.on('data', (chunk) => { count += chunk.length; events++; });
    socket.on('end', () => {
      console.log('server read', count, 'bytes', events > 1 ? 'in several chunks' : 'at once');
      server.close(run);
    });
    setImmediate(() => socket.resume());
  });
  server.listen('big.sock', () => {
    const client = net.connect('big.sock', () => {
      console.log('write returned', client.write(data));
      client.on('drain', () => {
        console.log('drain');
        client.end();
      });
    });
  });
});

steps.push(() => {
  const server = net.createServer((socket) => socket.resume());
  server.listen('tcp-only.sock', () => {
    const client = net.connect({ path: 'tcp-only.sock' }, () => {
      console.log('setNoDelay returns the socket', client.setNoDelay() === client);
      console.log('setKeepAlive returns the socket', client.setKeepAlive(true) === client);
      try {
        client.resetAndDestroy();
      } catch (err) {
        console.log('resetAndDestroy:', err.code, err.message);
      }
      client.end();
      client.on('close', () => server.close(run));
    });
  });
});

run();
