'use strict';
// With a keep-alive agent, sequential https requests travel over one TLS
// connection: one handshake ('secureConnection' once) for five requests,
// and the client's socket is the same object each time.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer(certs.server(), (req, res) => res.end(req.url));
server.on('secureConnection', common.mustCall());
const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });

function get(path) {
  return new Promise((resolve, reject) => {
    https.get({ port: server.address().port, host: 'localhost', path, ca: certs.ca(), agent },
              (res) => {
                let body = '';
                res.on('data', (d) => { body += d; });
                res.on('end', () => resolve([body, res.socket]));
              }).on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  const sockets = new Set();
  for (let i = 0; i < 5; i++) {
    const [body, socket] = await get(`/r${i}`);
    assert.strictEqual(body, `/r${i}`);
    sockets.add(socket);
  }
  assert.strictEqual(sockets.size, 1);
  agent.destroy();
  server.close();
}));
