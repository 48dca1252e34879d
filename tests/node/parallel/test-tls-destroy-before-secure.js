'use strict';
// A client destroyed right after tls.connect(), before the handshake:
// it closes without an error and without 'secureConnect'; the server sees
// no secure connection and keeps listening for the next one.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => socket.end('next')));
server.on('tlsClientError', () => {});  // the aborted one, if it got that far
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const early = tls.connect({ port, host: 'localhost', ca: certs.ca() }, common.mustNotCall());
  early.on('error', common.mustNotCall());
  early.destroy();
  assert.strictEqual(early.destroyed, true);
  early.on('close', common.mustCall(() => {
    const next = tls.connect({ port, host: 'localhost', ca: certs.ca() });
    next.setEncoding('utf8');
    next.on('data', common.mustCall((d) => assert.strictEqual(d, 'next')));
    next.on('close', common.mustCall(() => server.close()));
  }));
}));
