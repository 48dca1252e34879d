'use strict';
// setNoDelay and setSocketKeepAlive on a request that has no socket yet
// wait for it, and are applied to the socket once it is connected.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => res.end('ok')));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, agent: false });
  const calls = [];
  req.on('socket', common.mustCall((socket) => {
    const { setNoDelay, setKeepAlive } = socket;
    socket.setNoDelay = function(...args) {
      calls.push(['setNoDelay', ...args]);
      return setNoDelay.apply(this, args);
    };
    socket.setKeepAlive = function(...args) {
      calls.push(['setKeepAlive', ...args]);
      return setKeepAlive.apply(this, args);
    };
  }));
  req.setNoDelay(false);
  req.setSocketKeepAlive(true, 1234);
  assert.deepStrictEqual(calls, []);
  req.end();
  req.on('response', common.mustCall((res) => {
    assert.deepStrictEqual(calls, [['setNoDelay', false], ['setKeepAlive', true, 1234]]);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
