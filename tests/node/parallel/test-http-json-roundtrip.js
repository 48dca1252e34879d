'use strict';
// The common case end to end: a JSON POST with Content-Length, parsed by
// the server, answered as JSON with a custom status message.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['content-type'], 'application/json');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', common.mustCall(() => {
    const input = JSON.parse(Buffer.concat(chunks).toString());
    const reply = JSON.stringify({ sum: input.a + input.b, unicode: '\u00e9\u4e2d' });
    res.writeHead(201, 'Summed', {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(reply),
    });
    res.end(reply);
  }));
}));
server.listen(0, common.mustCall(() => {
  const payload = JSON.stringify({ a: 2, b: 40 });
  const req = http.request({
    port: server.address().port, method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length },
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Summed');
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(JSON.parse(text), { sum: 42, unicode: '\u00e9\u4e2d' });
      server.close();
    }));
  }));
  req.end(payload);
}));
