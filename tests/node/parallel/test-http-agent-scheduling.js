'use strict';
// scheduling picks which idle socket a request gets: 'lifo' (the default)
// the one freed last, 'fifo' the one freed first. Anything else is
// ERR_INVALID_ARG_VALUE.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => new http.Agent({ scheduling: 'random' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(new http.Agent().scheduling, 'lifo');

const server = http.createServer((req, res) => {
  // The first two answer in order: /0 first, then /1.
  setTimeout(() => res.end(`${req.socket.remotePort}`), req.url === '/1' ? 50 : 0);
});

function get(agent, path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => setImmediate(() => resolve(Number(body))));
    });
  });
}

async function check(scheduling) {
  const agent = new http.Agent({ keepAlive: true, scheduling });
  const [first, second] = await Promise.all([get(agent, '/0'), get(agent, '/1')]);
  assert.notStrictEqual(first, second);
  assert.strictEqual(agent.freeSockets[Object.keys(agent.freeSockets)[0]].length, 2);
  const third = await get(agent, '/2');
  agent.destroy();
  return { first, second, third };
}

server.listen(0, common.mustCall(async () => {
  const lifo = await check('lifo');
  assert.strictEqual(lifo.third, lifo.second);
  const fifo = await check('fifo');
  assert.strictEqual(fifo.third, fifo.first);
  server.close();
}));
