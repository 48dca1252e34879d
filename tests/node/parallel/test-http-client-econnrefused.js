'use strict';
// A request to a port nobody listens on fails with the socket's error,
// ECONNREFUSED, then 'close'; never 'response'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const probe = net.createServer();
probe.listen(0, common.mustCall(() => {
  const port = probe.address().port;
  probe.close(common.mustCall(() => {
    const req = http.get({ port, host: '127.0.0.1' }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
    }));
    req.on('close', common.mustCall());
  }));
}));
