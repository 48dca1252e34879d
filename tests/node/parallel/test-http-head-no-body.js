'use strict';
// A HEAD response carries the headers of the GET but no body, and the
// connection stays usable for a following request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Content-Length', '5');
  res.end(req.method === 'HEAD' ? undefined : 'hello');
}, 2));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const head = http.request({ port, method: 'HEAD', agent }, common.mustCall((res) => {
    assert.strictEqual(res.headers['content-length'], '5');
    res.on('data', common.mustNotCall());
    res.on('end', common.mustCall());
  }));
  head.end();
  http.get({ port, agent }, common.mustCall((res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello');
      agent.destroy();
      server.close();
    }));
  }));
}));
