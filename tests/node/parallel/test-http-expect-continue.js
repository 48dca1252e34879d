'use strict';
// A client that sends "Expect: 100-continue" gets 'continue' before the
// response, when the server has no 'checkContinue' listener (it answers
// 100 on its own and emits 'request').
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', common.mustCall(() => res.end(`got ${body}`)));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, method: 'PUT', headers: { Expect: '100-continue' },
  });
  req.on('continue', common.mustCall(() => req.end('payload')));
  req.on('response', common.mustCall((res) => {
    let text = '';
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'got payload');
      server.close();
    }));
  }));
}));
