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

// /1 is answered only once /0's answer has been read (the client asks for
// /release then), so /0's socket is always freed first.
let held;
const server = http.createServer((req, res) => {
  if (req.url === '/release') {
    held.end(`${held.socket.remotePort}`);
    res.end();
  } else if (req.url === '/1') {
    held = res;
  } else {
    res.end(`${req.socket.remotePort}`);
  }
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
  const one = get(agent, '/1');
  await new Promise((resolve) => server.once('request', resolve));
  const first = await get(agent, '/0');
  await get(false, '/release');
  const second = await one;
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
