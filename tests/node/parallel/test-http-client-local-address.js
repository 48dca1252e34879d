'use strict';
// localAddress binds the client's end of the connection before it
// connects; family: 4 resolves "localhost" to an IPv4 address. The agent
// names its pools by both.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');
  res.end(req.socket.remoteAddress);
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent();
  const options = { host: 'localhost', port, family: 4, localAddress: '127.0.0.1', agent };
  assert.strictEqual(agent.getName(options), `localhost:${port}:127.0.0.1:4`);
  http.get(options, common.mustCall((res) => {
    assert.strictEqual(res.socket.localAddress, '127.0.0.1');
    assert.strictEqual(res.socket.remoteFamily, 'IPv4');
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, '127.0.0.1');
      http.get({ host: 'localhost', port, family: 4, agent: false }, common.mustCall((res) => {
        assert.strictEqual(res.socket.remoteAddress, '127.0.0.1');
        res.resume();
        res.on('end', common.mustCall(() => server.close()));
      }));
    }));
  }));
}));
