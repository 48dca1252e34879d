'use strict';
// https.get over a URL with a CA: the server sees an encrypted socket, the
// client an authorized one, and the body arrives whole.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer(certs.server(), common.mustCall((req, res) => {
  assert.strictEqual(req.socket.encrypted, true);
  assert.strictEqual(req.url, '/path?q=1');
  res.end('x'.repeat(100000));
}));
server.listen(0, common.mustCall(() => {
  https.get(`https://localhost:${server.address().port}/path?q=1`, { ca: certs.ca() },
            common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.socket.authorized, true);
    let length = 0;
    res.on('data', (chunk) => { length += chunk.length; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(length, 100000);
      server.close();
    }));
  }));
}));
