'use strict';
// A big response written as fast as write() allows: write() returns false
// once the socket's buffer is full, 'drain' says when to go on, and every
// byte arrives.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const chunk = Buffer.alloc(64 * 1024, 'x');
const total = 64;
const server = http.createServer(common.mustCall((req, res) => {
  let sent = 0;
  let sawFalse = false;
  function pump() {
    while (sent < total) {
      sent++;
      if (!res.write(chunk)) {
        sawFalse = true;
        res.once('drain', pump);
        return;
      }
    }
    assert.ok(sawFalse);
    res.end();
  }
  pump();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let received = 0;
    res.on('data', (data) => { received += data.length; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(received, chunk.length * total);
      server.close();
    }));
  }));
}));
