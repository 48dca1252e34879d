'use strict';
// A client that stops reading: the server's write() soon returns false and
// its 'drain' waits until the client reads again; nothing is lost.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const chunk = Buffer.alloc(256 * 1024, 'z');
const total = 32;
let blocked = 0;
const server = http.createServer(common.mustCall((req, res) => {
  let sent = 0;
  (function pump() {
    while (sent < total) {
      sent++;
      if (!res.write(chunk)) {
        blocked++;
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  })();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let received = 0;
    res.pause();
    setTimeout(() => {
      // The server has filled the buffers and is waiting for 'drain'.
      assert.ok(blocked >= 1);
      res.on('data', (data) => { received += data.length; });
      res.resume();
    }, 200);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(received, chunk.length * total);
      server.close();
    }));
  }));
}));
