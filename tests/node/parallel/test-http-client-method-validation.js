'use strict';
// The method: a string that is an HTTP token, sent in upper case; any
// other type is ERR_INVALID_ARG_TYPE, a non-token ERR_INVALID_HTTP_TOKEN.
// An empty string, null or undefined mean GET. A token that is not a
// known method still goes out; the server's parser refuses it with 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');

for (const method of [1, true, {}, ['GET']]) {
  assert.throws(() => http.request({ method, agent: false }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
for (const method of ['GE T', 'GET\r\n', 'P(ST', '']) {
  if (method === '') continue;
  assert.throws(() => http.request({ method, agent: false }),
                { name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN',
                  message: `Method must be a valid HTTP token ["${method}"]` });
}

const methods = [];
const server = http.createServer((req, res) => {
  methods.push(req.method);
  res.end();
});

function send(method) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    assert.strictEqual(req.method, method ? method.toUpperCase() : 'GET');
    req.end();
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await send('delete'), 200);
  assert.strictEqual(await send('Patch'), 200);
  assert.strictEqual(await send(''), 200);
  assert.strictEqual(await send(null), 200);
  assert.strictEqual(await send('FROBNICATE'), 400);
  assert.deepStrictEqual(methods, ['DELETE', 'PATCH', 'GET', 'GET']);
  server.close();
}));
