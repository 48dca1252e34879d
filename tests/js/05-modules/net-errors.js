// net: errors as Node words them. ECONNREFUSED on a port that was free a
// moment ago, EADDRINUSE on a port that is taken, ERR_SERVER_NOT_RUNNING,
// ERR_SERVER_ALREADY_LISTEN, bad ports and bad addresses, a failed lookup
// through the `lookup` option, writes after destroy. The port number itself
// varies from run to run, so it is replaced by PORT.
'use strict';
const net = require('net');

const steps = [];
let port;
const show = (err) => {
  const fields = ['code', 'errno', 'syscall', 'address', 'port']
    .filter((key) => err[key] !== undefined)
    .map((key) => `${key}=${key === 'port' && err[key] === port ? 'PORT' : err[key]}`);
  return `${err.name}: ${err.message.replace(String(port), 'PORT')} {${fields.join(' ')}}`;
};
const run = () => { const step = steps.shift(); if (step) step(); };

function sync(label, fn) {
  try {
    fn();
    console.log(`${label}: no error`);
  } catch (err) {
    console.log(`${label}: ${show(err)}`);
  }
}

// A free port: listen on port 0, note it, close.
steps.push(() => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    port = probe.address().port;
    probe.close(run);
  });
});

steps.push(() => {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('connect', () => console.log('connected?'));
  socket.on('error', (err) => console.log(`refused: ${show(err)}`));
  socket.on('close', (hadError) => {
    console.log(`close ${hadError} destroyed ${socket.destroyed}`);
    run();
  });
});

steps.push(() => {
  const first = net.createServer().listen(0, '127.0.0.1', () => {
    port = first.address().port;
    const second = net.createServer();
    second.on('error', (err) => {
      console.log(`in use: ${show(err)}`);
      console.log(`listening ${second.listening} address ${second.address()}`);
      first.close(run);
    });
    second.listen(port, '127.0.0.1');
  });
});

steps.push(() => {
  const server = net.createServer();
  server.close((err) => {
    console.log(`close twice: ${show(err)}`);
    run();
  });
});

steps.push(() => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    sync('listen again', () => server.listen(0));
    server.close(run);
  });
});

steps.push(() => {
  sync('port -1', () => net.connect(-1));
  sync('port 65536', () => net.connect({ port: 65536 }));
  sync('port object', () => net.connect({ port: {} }));
  sync('listen port', () => net.createServer().listen({ port: 'x' }));
  sync('listen no port', () => net.createServer().listen({ host: 'localhost' }));
  sync('localAddress', () => net.connect({ port: 80, localAddress: 'nowhere' }));
  sync('lookup', () => net.connect({ port: 80, host: 'x.invalid', lookup: 42 }));
  sync('timeout', () => new net.Socket().setTimeout(-1));
  sync('server options', () => net.createServer(42));
  run();
});

steps.push(() => {
  const lookup = (host, options, callback) => {
    console.log(`lookup ${host} family ${options.family}`);
    const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
    err.code = 'ENOTFOUND';
    callback(err);
  };
  const socket = net.connect({ port: 80, host: 'nowhere.invalid', lookup, family: 4 });
  socket.on('lookup', (err, ip, type, host) => console.log(`lookup event ${err.code} ${host}`));
  socket.on('error', (err) => console.log(`lookup error: ${show(err)}`));
  socket.on('close', (hadError) => {
    console.log(`close ${hadError}`);
    run();
  });
});

steps.push(() => {
  const lookup = (host, options, callback) => callback(null, 'not-an-ip', 4);
  const socket = net.connect({ port: 80, host: 'example', lookup, family: 4 });
  socket.on('error', (err) => {
    console.log(`bad ip: ${show(err)}`);
    run();
  });
});

steps.push(() => {
  const socket = new net.Socket();
  socket.destroy();
  socket.write('x', (err) => console.log(`write after destroy: ${show(err)}`));
  socket.on('error', (err) => console.log(`error event: ${show(err)}`));
  socket.on('close', () => {
    console.log('closed');
    run();
  });
});

run();
