'use strict';
// readableAll and writableAll open the socket file to every user (its mode
// gains read and write bits for group and others), so they may connect.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('open.sock');

const server = net.createServer();
server.listen({ path, readableAll: true, writableAll: true }, common.mustCall(() => {
  const mode = fs.statSync(path).mode;
  assert.strictEqual(mode & 0o066, 0o066);
  const client = net.connect(path, common.mustCall(() => {
    client.end();
    server.close();
  }));
}));
