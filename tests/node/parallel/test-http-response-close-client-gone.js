'use strict';
// A client that goes away before the response is written: the response
// emits 'close' without 'finish' (writableFinished stays false), the
// request emits 'close' too, and writing afterwards is harmless: write()
// calls back with an error rather than throwing.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.on('finish', common.mustNotCall());
  req.on('close', common.mustCall());
  res.on('close', common.mustCall(() => {
    assert.strictEqual(res.writableFinished, false);
    assert.strictEqual(res.writableEnded, false);
    res.write('too late', common.mustCall((err) => {
      assert.ok(err instanceof Error);
      server.close();
    }));
  }));
  client.destroy();
}));

let client;
server.listen(0, common.mustCall(() => {
  client = net.connect(server.address().port, common.mustCall(() => {
    client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
}));
