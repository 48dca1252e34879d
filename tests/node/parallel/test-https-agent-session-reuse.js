'use strict';
// https.Agent keeps the TLS session of each host: a second request on a new
// connection (keep-alive off) resumes it, seen from the server as a reused
// session; an agent with maxCachedSessions: 0 never resumes.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const seen = [];
const server = https.createServer(certs.server(), (req, res) => {
  seen.push(req.socket.isSessionReused());
  res.end('ok');
});

function get(agent) {
  return new Promise((resolve, reject) => {
    https.get({ port: server.address().port, host: 'localhost', ca: certs.ca(), agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

// The client's ticket arrives just after the handshake; give it a moment
// before the next request.
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

server.listen(0, common.mustCall(async () => {
  const agent = new https.Agent({ keepAlive: false });
  await get(agent);
  await pause();
  await get(agent);
  await pause();
  await get(agent);
  const none = new https.Agent({ keepAlive: false, maxCachedSessions: 0 });
  await get(none);
  await pause();
  await get(none);
  assert.deepStrictEqual(seen, [false, true, true, false, false]);
  server.close();
}));
