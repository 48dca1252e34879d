'use strict';
// A file streamed into a response with pipe(): read on the thread pool,
// written with backpressure, ended by the stream; the client gets every
// byte.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http = require('http');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'served.bin');
const content = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < content.length; i++) content[i] = i % 251;
fs.writeFileSync(file, content);

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Content-Length', content.length);
  fs.createReadStream(file).pipe(res);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(Number(res.headers['content-length']), content.length);
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', common.mustCall(() => {
      assert.ok(Buffer.concat(chunks).equals(content));
      server.close();
    }));
  }));
}));
