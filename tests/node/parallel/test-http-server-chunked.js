'use strict';
// Writes before end() with no length known go out chunked; the client
// reassembles them.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('one,');
  setImmediate(() => {
    res.write(Buffer.from('two,'));
    res.end('three');
  });
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(res.headers['content-length'], undefined);
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(chunks).toString(), 'one,two,three');
      server.close();
    }));
  }));
}));
