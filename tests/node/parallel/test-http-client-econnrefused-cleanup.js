'use strict';
// A refused connection: the error says what was tried (code, errno,
// syscall, address, port), 'close' follows it, and the agent is left
// with no socket and nothing counted.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// A port that was just free: listen, note it, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = probe.address().port;
  probe.close(common.mustCall(() => {
    const agent = new http.Agent({ keepAlive: true });
    const req = http.get({ host: '127.0.0.1', port, agent }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(typeof err.errno, 'number');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    req.on('close', common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        assert.strictEqual(agent.totalSocketCount, 0);
        assert.deepStrictEqual(Object.keys(agent.sockets), []);
        assert.deepStrictEqual(Object.keys(agent.freeSockets), []);
      }));
    }));
  }));
}));
