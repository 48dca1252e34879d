'use strict';
// With allowHalfOpen, a server that has read the client's end can still
// write: the client gets the answer after it ended its own side.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('half.sock');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (s) => { got += s; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.writable, true);
    socket.end(`you said ${got}`);
  }));
}));
server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => client.end('question')));
  let answer = '';
  client.setEncoding('utf8');
  client.on('data', (s) => { answer += s; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(answer, 'you said question');
    server.close();
  }));
}));
