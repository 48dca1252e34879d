'use strict';
// hostname wins over host when both are given; host alone also works, and
// the Host header names what was asked for, with the port unless it is the
// agent's default port.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer(common.mustCall((req, res) => {
  seen.push(req.headers.host);
  res.end();
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const cases = [
    // hostname is used to connect; host is ignored (it would fail to resolve).
    { hostname: '127.0.0.1', host: 'no-such-host.invalid', port, agent: false },
    { host: '127.0.0.1', port, agent: false },
    // The port is the default one: the Host header leaves it out.
    { host: '127.0.0.1', port, defaultPort: port, agent: false },
  ];
  let left = cases.length;
  for (const options of cases) {
    http.get(options, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      res.resume();
      res.on('end', common.mustCall(() => {
        if (--left > 0) return;
        assert.deepStrictEqual(seen.sort(), [
          '127.0.0.1', `127.0.0.1:${port}`, `127.0.0.1:${port}`,
        ]);
        server.close();
      }));
    }));
  }
}));
