'use strict';
// A request's setTimeout covers only that request: once its response has
// ended and the kept-alive socket is back in the pool, the timer no
// longer fires for it, and the next request on the socket has none.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('quick'));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ port, agent }, common.mustCall((res) => {
    // Set now, when the whole response is already parsed (one small
    // packet), so that its end always comes before this timer could fire.
    req.setTimeout(common.platformTimeout(50), common.mustNotCall());
    res.resume();
    res.on('end', common.mustCall(() => {
      // Longer than the request's timeout: it must stay quiet.
      setTimeout(common.mustCall(() => {
        const next = http.get({ port, agent }, common.mustCall((res) => {
          assert.strictEqual(next.reusedSocket, true);
          res.resume();
          res.on('end', common.mustCall(() => {
            agent.destroy();
            server.close();
          }));
        }));
        next.on('timeout', common.mustNotCall());
      }), common.platformTimeout(200));
    }));
  }));
}));
