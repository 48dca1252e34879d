// net over Unix domain sockets: a server on a path (relative to a scratch
// folder, so that no machine-specific path is printed), address(), the
// socket file's life (there while listening, gone after close), an echo
// with half-close, EADDRINUSE, ENOENT and ECONNREFUSED as Node words them,
// and the addresses a Unix socket does not have.
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'net-unix-'));
process.chdir(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (err) => {
  const fields = ['code', 'errno', 'syscall', 'address', 'port']
    .filter((key) => err[key] !== undefined).map((key) => `${key}=${err[key]}`);
  return `${err.name}: ${err.message} {${fields.join(' ')}}`;
};

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log('server: connection', socket.remoteAddress, socket.remotePort,
              JSON.stringify(socket.address()));
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (s) => { got += s; });
  socket.on('end', () => {
    console.log('server: end, got', JSON.stringify(got));
    socket.end(got.toUpperCase());
  });
  socket.on('close', (hadError) => console.log('server: socket close', hadError,
                                               socket.bytesRead, socket.bytesWritten));
});
console.log('address before listen', server.address());
server.listen('a.sock', () => {
  console.log('listening', server.address(), server.listening);
  console.log('socket file', fs.statSync('a.sock').isSocket());
  const second = net.createServer();
  second.on('error', (err) => {
    console.log('second listen:', show(err), second.listening);
    echo();
  });
  second.listen('a.sock');
});

function echo() {
  const client = net.connect('a.sock', () => {
    console.log('client: connect', client.remoteAddress, client.localAddress,
                JSON.stringify(client.address()), client.readyState);
    client.write('hello ');
    client.end('unix');
  });
  let back = '';
  client.setEncoding('utf8');
  client.on('data', (s) => { back += s; });
  client.on('end', () => console.log('client: end, got', JSON.stringify(back)));
  client.on('close', (hadError) => {
    console.log('client: close', hadError, client.bytesRead, client.bytesWritten);
    server.close(() => {
      console.log('server closed; socket file still there?', fs.existsSync('a.sock'));
      errors();
    });
  });
}

function errors() {
  const missing = net.connect({ path: 'missing.sock' });
  missing.on('error', (err) => console.log('missing:', show(err)));
  missing.on('close', (hadError) => {
    console.log('missing: close', hadError);
    fs.writeFileSync('plain', 'not a socket');
    net.connect('plain').on('error', (err) => {
      console.log('plain file:', show(err));
      try {
        net.connect({ path: 42 });
      } catch (err) {
        console.log('path 42:', err.code, err.message);
      }
    });
  });
}
