'use strict';
// Bodies from strings in any encoding, Buffers and Uint8Arrays; the
// Content-Length end() computes is the byte length, not the string's.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/mixed') {
    res.write('6869', 'hex');
    res.write(new Uint8Array([0x2c, 0x20]));
    res.write(Buffer.from('d29ybGQ=', 'base64'));
    res.end('\u00e9', 'utf8');
  } else {
    res.end('\u00e9\u00e9');
  }
}, 2));
server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, path: '/mixed' }, common.mustCall((res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(chunks).toString(), 'hi, world\u00e9');
      http.get({ port, path: '/length' }, common.mustCall((res2) => {
        assert.strictEqual(res2.headers['content-length'], '4');
        res2.resume();
        res2.on('end', common.mustCall(() => server.close()));
      }));
    }));
  }));
}));
