'use strict';
// pause() on a Unix socket stops 'data' events until resume(); nothing is
// lost in between.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('pause.sock');

const server = net.createServer((socket) => {
  socket.write('one');
  setTimeout(() => socket.end('two'), 20);
});
server.listen(path, common.mustCall(() => {
  const client = net.connect(path);
  let got = '';
  let paused = false;
  client.setEncoding('utf8');
  client.on('data', (s) => {
    assert.strictEqual(paused, false);
    got += s;
    if (got === 'one') {
      client.pause();
      paused = true;
      setTimeout(() => { paused = false; client.resume(); }, 60);
    }
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'onetwo');
    server.close();
  }));
}));
