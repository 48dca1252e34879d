'use strict';
// Session resumption with tickets: the first connection's session (from the
// 'session' event, TLS 1.3's ticket) offered back with `session` resumes
// it: isSessionReused() is true on both ends, and the server does not ask
// for a new full handshake. A fresh connection without it is not reused.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const reused = [];
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  reused.push(socket.isSessionReused());
  socket.end('x');
}, 3));

function connect(session) {
  return new Promise((resolve, reject) => {
    const client = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca(),
                                 session });
    let ticket;
    let reused;
    client.on('session', (s) => { ticket = s; });
    client.on('secureConnect', () => {
      assert.strictEqual(client.authorized, true);
      reused = client.isSessionReused();
    });
    client.resume();
    client.on('close', () => {
      assert.strictEqual(client.isSessionReused(), null);  // no connection, no answer
      resolve({ ticket, reused });
    });
    client.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  const first = await connect();
  assert.strictEqual(first.reused, false);
  assert.ok(Buffer.isBuffer(first.ticket) && first.ticket.length > 0);
  const second = await connect(first.ticket);
  assert.strictEqual(second.reused, true);
  const third = await connect();
  assert.strictEqual(third.reused, false);
  assert.deepStrictEqual(reused, [false, true, false]);
  server.close();
}));
