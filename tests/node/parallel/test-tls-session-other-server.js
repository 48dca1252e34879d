'use strict';
// A session from one server offered to another (different ticket keys):
// the handshake falls back to a full one, which succeeds, and
// isSessionReused() says false; offered back to its own server, it resumes.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const a = tls.createServer(certs.server(), (socket) => socket.end('a'));
const b = tls.createServer(certs.server(), (socket) => socket.end('b'));

function connect(server, session) {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca(),
                            session });
    let ticket;
    let reused;
    let text = '';
    c.on('session', (s) => { ticket = s; });
    c.on('secureConnect', () => { reused = c.isSessionReused(); });
    c.setEncoding('utf8');
    c.on('data', (d) => { text += d; });
    c.on('close', () => resolve({ ticket, reused, text }));
    c.on('error', reject);
  });
}

a.listen(0, common.mustCall(() => b.listen(0, common.mustCall(async () => {
  const first = await connect(a);
  assert.ok(first.ticket);
  const elsewhere = await connect(b, first.ticket);
  assert.deepStrictEqual([elsewhere.reused, elsewhere.text], [false, 'b']);
  const home = await connect(a, first.ticket);
  assert.deepStrictEqual([home.reused, home.text], [true, 'a']);
  a.close();
  b.close();
}))));
