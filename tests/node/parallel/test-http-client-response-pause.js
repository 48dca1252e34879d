'use strict';
// A paused response: nothing is lost while it is paused (the socket stops
// reading rather than drop data), and resume() delivers the rest in
// order. isPaused() tells the state.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const chunk = 'abcdefghij'.repeat(1000);
const count = 40;
const server = http.createServer(common.mustCall((req, res) => {
  for (let i = 0; i < count; i++) res.write(chunk);
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    let received = 0;
    let pausedAt = -1;
    res.on('data', (d) => {
      assert.ok(!res.isPaused());
      received += d.length;
      if (pausedAt === -1) {
        res.pause();
        assert.ok(res.isPaused());
        pausedAt = received;
        setTimeout(common.mustCall(() => {
          // Paused: no 'data' came since.
          assert.strictEqual(received, pausedAt);
          res.resume();
        }), 100);
      }
    });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(received, chunk.length * count);
      server.close();
    }));
  }));
}));
