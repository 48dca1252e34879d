'use strict';
// The extensions of one chunk (names and values together) may take 16 KiB
// at most: past that the request is refused with
// HPE_CHUNK_EXTENSIONS_OVERFLOW (400 by default), however the bytes are
// cut into packets. The allowance is per chunk.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
const cases = [
  // [extensions of the first chunk, of the second chunk, accepted?]
  [`;${'a'.repeat(16384)}`, '', true],
  [`;${'a'.repeat(16385)}`, '', false],
  [`;${'n'.repeat(8000)}=${'v'.repeat(8384)}`, '', true],
  [`;${'n'.repeat(8000)}=${'v'.repeat(8385)}`, '', false],
  [`;q="${'v'.repeat(17000)}"`, '', false],
  [`;${'a'.repeat(10000)}`, `;${'b'.repeat(10000)}`, true],
];

let current;
// The head is fine in every case, so the handler may run before the
// extensions are read; a refused request is then aborted.
const server = http.createServer(common.mustCallAtLeast((req, res) => {
  req.setEncoding('latin1');
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('error', (err) => assert.strictEqual(err.code, 'ECONNRESET'));
  req.on('end', () => {
    assert.strictEqual(body, 'xy');
    res.end('accepted');
  });
}, 2 * cases.filter((c) => c[2]).length));
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(current[2], false);
  assert.strictEqual(err.code, 'HPE_CHUNK_EXTENSIONS_OVERFLOW');
  assert.strictEqual(err.message, 'Parse Error: Chunk extensions overflow');
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
}, 2 * cases.filter((c) => !c[2]).length));

function send(port, bytes, pieceSize) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => {
      let at = 0;
      (function next() {
        if (at >= bytes.length) return;
        const piece = bytes.slice(at, at += pieceSize);
        socket.write(piece, next);
      })();
    });
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('error', () => {});  // refused while still writing
    socket.on('close', () => resolve(reply));
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  for (const c of cases) {
    current = c;
    const bytes = `${head}1${c[0]}\r\nx\r\n1${c[1]}\r\ny\r\n0\r\n\r\n`;
    for (const pieceSize of [bytes.length, 1000]) {
      const reply = await send(port, bytes, pieceSize);
      assert.match(reply, c[2] ? /^HTTP\/1\.1 200 OK\r\n/ : /^HTTP\/1\.1 400 Bad Request\r\n/);
    }
  }
  server.close();
}));
