'use strict';
// setEncoding on a response decodes across chunk boundaries: a UTF-8
// character whose bytes arrive in two packets comes out whole; 'hex' and
// 'base64' work as on any Readable.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const text = 'na\u00efve \u2603 caf\u00e9 \u{1F600}';
const bytes = Buffer.from(text, 'utf8');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': bytes.length });
  // Split inside the snowman (3 bytes) and inside the emoji (4 bytes).
  const cut1 = bytes.indexOf(Buffer.from('\u2603')) + 1;
  const cut2 = bytes.length - 2;
  res.write(bytes.subarray(0, cut1));
  setTimeout(() => {
    res.write(bytes.subarray(cut1, cut2));
    setTimeout(() => res.end(bytes.subarray(cut2)), 20);
  }, 20);
});

function fetch(encoding) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port }, (res) => {
      res.setEncoding(encoding);
      const pieces = [];
      res.on('data', (d) => {
        assert.strictEqual(typeof d, 'string');
        pieces.push(d);
      });
      res.on('end', () => resolve(pieces));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  const utf8 = await fetch('utf8');
  assert.strictEqual(utf8.join(''), text);
  assert.ok(!utf8.some((piece) => piece.includes('\ufffd')));
  assert.strictEqual((await fetch('hex')).join(''), bytes.toString('hex'));
  assert.strictEqual((await fetch('base64')).join(''), bytes.toString('base64'));
  server.close();
}));
