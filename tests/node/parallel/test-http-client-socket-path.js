'use strict';
// socketPath sends the request over a Unix domain socket instead of TCP;
// host and port then only fill the Host header. The agent names the pool
// by the path.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const socketPath = path.join(tmpdir.path, 'client.sock');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers.host, 'example.test');
  res.end(`${req.url} over ${typeof req.socket.remotePort}`);
}));

server.listen(socketPath, common.mustCall(() => {
  const agent = new http.Agent();
  assert.strictEqual(agent.getName({ socketPath }), `localhost:::${socketPath}`);
  const req = http.get({ socketPath, host: 'example.test', path: '/unix', agent },
                       common.mustCall((res) => {
                         let body = '';
                         res.setEncoding('utf8');
                         res.on('data', (d) => body += d);
                         res.on('end', common.mustCall(() => {
                           assert.strictEqual(body, '/unix over undefined');
                           server.close();
                         }));
                       }));
  assert.strictEqual(req.socketPath, socketPath);
}));
