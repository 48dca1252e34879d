'use strict';
// Request smuggling guards: once a request's framing is `chunked`, a later
// Transfer-Encoding header, or a Transfer-Encoding or Content-Length in
// its trailers, would let two parsers disagree on where it ends; all are
// refused with 400. An empty Transfer-Encoding header changes nothing.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n';
const refused = {
  'second header': `${head}Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
  'second header later': `${head}X-Other: 1\r\nTransfer-Encoding: gzip\r\n\r\n0\r\n\r\n`,
  'in trailers': `${head}\r\n0\r\nTransfer-Encoding: chunked\r\n\r\n`,
  'length in trailers': `${head}\r\n0\r\nX-Sum: 1\r\nContent-Length: 5\r\n\r\n`,
};
const expectedCodes = {
  'second header': 'HPE_INVALID_TRANSFER_ENCODING',
  'second header later': 'HPE_INVALID_TRANSFER_ENCODING',
  'in trailers': 'HPE_INVALID_TRANSFER_ENCODING',
  'length in trailers': 'HPE_INVALID_CONTENT_LENGTH',
};

let current;
// A request refused in its trailers has had its head accepted: the handler
// runs, and the request is then aborted.
const server = http.createServer(common.mustCall((req, res) => {
  req.setEncoding('latin1');
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  if (current === 'empty') {
    assert.strictEqual(req.headers['transfer-encoding'], 'chunked, ');
    req.on('end', () => res.end(body));
  } else {
    assert.match(current, /trailers/);
    req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  }
}, 3));
const codes = {};
server.on('clientError', (err, socket) => {
  codes[current] = err.code;
  socket.destroy();
});

function exchange(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => socket.end(bytes));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(reply));
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  for (const name of Object.keys(refused)) {
    current = name;
    assert.strictEqual(await exchange(port, refused[name]), '', name);
  }
  assert.deepStrictEqual(codes, expectedCodes);
  current = 'empty';
  const reply = await exchange(port, `${head}Transfer-Encoding: \r\nConnection: close\r\n\r\n` +
                                     '3\r\nabc\r\n0\r\n\r\n');
  assert.ok(reply.endsWith('\r\n\r\nabc'), reply);
  server.close();
}));
