'use strict';
// closeIdleConnections() closes kept-alive connections that wait for a
// request, not those in the middle of one; server.close() calls it, so a
// server with idle clients still closes promptly.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let busyResponse;
const server = http.createServer((req, res) => {
  if (req.url === '/busy') {
    busyResponse = res;
    res.write('started');
    server.closeIdleConnections();
    setTimeout(() => res.end(), 20);
  } else {
    res.end('idle soon');
  }
});
const agent = new http.Agent({ keepAlive: true });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, path: '/idle', agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        const [idleSocket] = Object.values(agent.freeSockets)[0];
        idleSocket.on('close', common.mustCall());
        http.get({ port, path: '/busy', agent: false }, common.mustCall((busy) => {
          let body = '';
          busy.on('data', (chunk) => { body += chunk; });
          busy.on('end', common.mustCall(() => {
            assert.strictEqual(body, 'started');
            assert.ok(busyResponse.writableEnded);
            server.close(common.mustCall());
          }));
        }));
      });
    }));
  }));
}));
