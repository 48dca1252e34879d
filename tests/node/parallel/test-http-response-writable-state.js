'use strict';
// The writable state of a response through its life: writableEnded and
// finished turn true at end() (synchronously), writableFinished once the
// last byte is handed to the socket, by 'finish'; then 'close'. end() a
// second time sends nothing.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.writableEnded, false);
  assert.strictEqual(res.finished, false);
  assert.strictEqual(res.writableFinished, false);
  assert.strictEqual(res.writable, true);
  res.write('part');
  assert.strictEqual(res.writableEnded, false);
  const order = [];
  res.on('finish', common.mustCall(() => {
    order.push('finish');
    assert.strictEqual(res.writableFinished, true);
  }));
  res.on('close', common.mustCall(() => {
    order.push('close');
    // end()'s callback waits for 'finish' like a listener added after ours.
    assert.deepStrictEqual(order, ['finish', 'end callback', 'close']);
    server.close();
  }));
  assert.strictEqual(res.end('last', common.mustCall(() => order.push('end callback'))), res);
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(res.finished, true);
  res.end();  // already ended: nothing more is sent
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => assert.strictEqual(body, 'partlast')));
  }));
}));
