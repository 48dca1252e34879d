'use strict';
// SNI from the client's side: `servername` is sent and the server socket
// sees it; connecting by IP address without `servername` sends none, and
// the server's servername is then false.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const seen = [];
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  seen.push(socket.servername);
  socket.end();
}, 2));

function connect(options) {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.address().port, ca: certs.ca(), ...options });
    c.resume();
    c.on('close', resolve);
    c.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  await connect({ host: 'localhost', servername: 'localhost' });
  await connect({ host: '127.0.0.1' });
  assert.deepStrictEqual(seen, ['localhost', false]);
  server.close();
}));
