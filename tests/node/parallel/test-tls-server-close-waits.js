'use strict';
// server.close() with a TLS connection still open: no new connections are
// taken, the open one goes on working, and close's callback comes only
// after that connection ends.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

let closed = false;
const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  server.close(common.mustCall(() => { closed = true; }));
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.write(d.toUpperCase()));
}));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                        common.mustCall(() => c.write('still here')));
  c.setEncoding('utf8');
  c.on('data', common.mustCall((d) => {
    assert.strictEqual(d, 'STILL HERE');
    assert.strictEqual(closed, false);
    c.end();
  }));
  c.on('close', common.mustCall());
}));
