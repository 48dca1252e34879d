'use strict';
// A POST written in pieces with no Content-Length goes out chunked; end()
// with data writes a last piece, and its callback runs once the request
// is flushed. A GET with a body and no length has no chunked framing by
// default, so Node sends the body as is.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(req.headers['content-length'], undefined);
    res.end(`${req.method} ${body}`);
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'post' });
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.write('one,'), true);
  req.write(Buffer.from('two,'));
  req.write('74687265652c', 'hex');
  req.end('four', common.mustCall(() => {
    assert.strictEqual(req.writableFinished, true);
  }));
  req.on('finish', common.mustCall());
  req.on('response', common.mustCall((res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => text += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'POST one,two,three,four');
      server.close();
    }));
  }));
}));
