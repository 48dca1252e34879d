'use strict';
// tls.connect() to a port nobody listens on: the TCP error (ECONNREFUSED)
// is the TLSSocket's 'error', followed by 'close'; no 'secureConnect'.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');

const probe = net.createServer();
probe.listen(0, common.mustCall(() => {
  const port = probe.address().port;
  probe.close(common.mustCall(() => {
    const socket = tls.connect({ port, host: '127.0.0.1' }, common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
    }));
    socket.on('close', common.mustCall());
  }));
}));
