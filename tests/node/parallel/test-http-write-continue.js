'use strict';
// A 'checkContinue' listener that accepts: writeContinue() sends the 100,
// the client's 'continue' sends the body, the listener answers.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('checkContinue', common.mustCall((req, res) => {
  res.writeContinue();
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', common.mustCall(() => res.end(`accepted ${body}`)));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST',
                             headers: { Expect: '100-continue' } });
  req.on('continue', common.mustCall(() => req.end('the body')));
  req.on('response', common.mustCall((res) => {
    let text = '';
    res.on('data', (c) => { text += c; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'accepted the body');
      server.close();
    }));
  }));
}));
