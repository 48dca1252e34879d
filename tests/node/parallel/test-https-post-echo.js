'use strict';
// An https POST with a chunked body of many writes: the server reads it
// whole and answers with its length and hash; the response headers and
// status come through as with http.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const crypto = require('crypto');
const https = require('https');

const parts = [];
for (let i = 0; i < 50; i++) parts.push(crypto.randomBytes(1000 + i * 37));
const body = Buffer.concat(parts);
const expected = crypto.createHash('sha1').update(body).digest('hex');

const server = https.createServer(certs.server(), common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(req.socket.encrypted, true);
  const hash = crypto.createHash('sha1');
  let length = 0;
  req.on('data', (d) => { hash.update(d); length += d.length; });
  req.on('end', () => {
    res.writeHead(201, { 'x-length': String(length) });
    res.end(hash.digest('hex'));
  });
}));
server.listen(0, common.mustCall(() => {
  const req = https.request({ port: server.address().port, host: 'localhost', method: 'POST',
                              ca: certs.ca(), agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.headers['x-length'], String(body.length));
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, expected);
      server.close();
    }));
  }));
  for (const part of parts) req.write(part);
  req.end();
}));
