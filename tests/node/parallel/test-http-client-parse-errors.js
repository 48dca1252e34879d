'use strict';
// Malformed responses from a raw server reach the request as parse
// errors with llhttp's codes: message "Parse Error: <reason>", the bytes
// parsed before the fault (bytesParsed) and the packet (rawPacket).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  ['not http at all\r\n\r\n', 'HPE_INVALID_CONSTANT', 0],
  ['HTTP/1.1 2000 OK\r\n\r\n', 'HPE_INVALID_STATUS', 12],
  ['HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 20],
  ['HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
   'HPE_UNEXPECTED_CONTENT_LENGTH', 52],
  ['HTTP/1.1 200 OK\r\nContent-Length: x1\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH', 33],
];

let current;
const server = net.createServer((socket) => {
  socket.once('data', () => socket.end(current));
});

function run(response) {
  current = response;
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, agent: false });
    req.on('response', common.mustNotCall());
    req.on('error', (err) => {
      req.on('close', () => resolve(err));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  for (const [response, code, bytesParsed] of cases) {
    const err = await run(response);
    assert.strictEqual(err.code, code, response);
    assert.match(err.message, /^Parse Error: /);
    assert.strictEqual(err.message, `Parse Error: ${err.reason}`);
    assert.strictEqual(err.bytesParsed, bytesParsed, response);
    assert.ok(Buffer.isBuffer(err.rawPacket));
    assert.strictEqual(err.rawPacket.toString('latin1'), response);
  }
  server.close();
}));
