'use strict';
// An IncomingMessage is an ordinary Readable: for await...of reads a
// response body chunk by chunk, on both the server and the client side.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  res.write(body.split('').reverse().join(''));
  res.end('!');
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' },
                           common.mustCall(async (res) => {
                             const chunks = [];
                             for await (const chunk of res) chunks.push(chunk);
                             assert.strictEqual(Buffer.concat(chunks).toString(), 'olleh!');
                             server.close();
                           }));
  req.end('hello');
}));
