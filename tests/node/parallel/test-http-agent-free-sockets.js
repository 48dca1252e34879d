'use strict';
// maxFreeSockets bounds the idle pool: of three kept-alive sockets freed at
// once, one is kept and the others closed; the kept one closes after the
// agent's timeout.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end());
const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1, timeout: 50 });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const name = agent.getName({ host: 'localhost', port });
  let ended = 0;
  let closedCount = 0;
  for (let i = 0; i < 3; i++) {
    http.get({ port, agent }, common.mustCall((res) => {
      res.socket.on('close', common.mustCall(() => {
        if (++closedCount === 3) {
          assert.strictEqual(agent.freeSockets[name], undefined);
          server.close();
        }
      }));
      res.resume();
      res.on('end', () => {
        if (++ended === 3) {
          setImmediate(() => {
            assert.strictEqual(agent.freeSockets[name].length, 1);
          });
        }
      });
    }));
  }
}));
