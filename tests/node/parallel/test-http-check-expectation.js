'use strict';
// An expectation other than 100-continue: 417 by default; with a
// 'checkExpectation' listener, whatever the listener answers.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const plain = http.createServer(common.mustNotCall());
const custom = http.createServer(common.mustNotCall());
custom.on('checkExpectation', common.mustCall((req, res) => {
  res.end(`you expected ${req.headers.expect}`);
}));

function ask(server, check) {
  server.listen(0, common.mustCall(() => {
    http.get({ port: server.address().port, headers: { Expect: 'something' } },
             common.mustCall((res) => {
               let body = '';
               res.on('data', (chunk) => { body += chunk; });
               res.on('end', common.mustCall(() => {
                 check(res, body);
                 server.close();
               }));
             }));
  }));
}
ask(plain, (res, body) => {
  assert.strictEqual(res.statusCode, 417);
  assert.strictEqual(body, '');
});
ask(custom, (res, body) => {
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(body, 'you expected something');
});
