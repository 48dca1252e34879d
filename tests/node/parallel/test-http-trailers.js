'use strict';
// Trailers both ways: a client's chunked upload ends with trailers the
// server reads in req.trailers; the server's addTrailers() reach the
// client's res.trailers after the body.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual(req.trailers, { 'x-upload-sum': '5' });
    assert.deepStrictEqual(req.rawTrailers, ['X-Upload-Sum', '5']);
    res.writeHead(200, { Trailer: 'X-Reply' });
    res.write('body');
    res.addTrailers({ 'X-Reply': 'done' });
    res.end();
  }));
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' },
                           common.mustCall((res) => {
                             assert.deepStrictEqual(res.trailers, {});
                             res.resume();
                             res.on('end', common.mustCall(() => {
                               assert.strictEqual(res.trailers['x-reply'], 'done');
                               server.close();
                             }));
                           }));
  req.write('hello');
  req.addTrailers({ 'X-Upload-Sum': '5' });
  req.end();
}));
