'use strict';
// The reason phrase: STATUS_CODES's for a known code, 'unknown' for one
// Node has no name for, the handler's own when it sets statusMessage.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const [, code, message] = req.url.split('/');
  res.statusCode = Number(code);
  if (message) res.statusMessage = message;
  res.end();
});
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  const ask = (path) => new Promise((resolve) => {
    http.get({ port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(`${res.statusCode} ${res.statusMessage}`));
    });
  });
  assert.strictEqual(await ask('/404'), '404 Not Found');
  assert.strictEqual(await ask('/599'), '599 unknown');
  assert.strictEqual(await ask('/200/Fine'), '200 Fine');
  assert.strictEqual(await ask('/418'), "418 I'm a Teapot");
  server.close();
}));
