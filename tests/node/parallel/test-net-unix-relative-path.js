'use strict';
// A relative path is relative to the working directory, for the server
// (which reports the path as given) and for the client.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

tmpdir.refresh();
process.chdir(tmpdir.path);

const server = net.createServer((socket) => socket.end('hi'));
server.listen('rel.sock', common.mustCall(() => {
  assert.strictEqual(server.address(), 'rel.sock');
  assert.strictEqual(fs.statSync(tmpdir.resolve('rel.sock')).isSocket(), true);
  net.connect('rel.sock').setEncoding('utf8').on('data', common.mustCall((s) => {
    assert.strictEqual(s, 'hi');
    server.close();
  }));
}));
