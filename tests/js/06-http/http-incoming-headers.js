// How a server's IncomingMessage presents what arrived: repeated headers
// folded by Node's rules (set-cookie an array, single-valued fields keep the
// first, cookie joined with '; ', the rest with ', '), rawHeaders as sent,
// headersDistinct, trailers after a chunked body, joinDuplicateHeaders.
'use strict';
const http = require('http');
const net = require('net');

function send(port, request) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.resume();
    socket.on('close', resolve);
    socket.end(request);
  });
}

const seen = [];
function handler(req, res) {
  req.resume();
  req.on('end', () => {
    seen.push({
      method: req.method, url: req.url, version: req.httpVersion,
      headers: req.headers, rawHeaders: req.rawHeaders,
      distinct: req.headersDistinct, trailers: req.trailers, rawTrailers: req.rawTrailers,
      complete: req.complete,
    });
    res.end();
  });
}

const request = 'GET /dups HTTP/1.1\r\nHost: a\r\nHost: b\r\nX-Multi: 1\r\nx-multi: 2\r\n' +
  'Cookie: a=1\r\nCookie: b=2\r\nSet-Cookie: s=1\r\nSet-Cookie: s=2\r\n' +
  'Content-Type: text/plain\r\nContent-Type: text/html\r\nUser-Agent: one\r\nUser-Agent: two\r\n' +
  'Accept: x\r\nACCEPT: y\r\nConnection: close\r\n\r\n';
const chunked = 'POST /trailers HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n' +
  'Connection: close\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 3\r\nX-Sum: 4\r\n\r\n';

async function main() {
  const plain = http.createServer(handler);
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  await send(plain.address().port, request);
  await send(plain.address().port, chunked);
  plain.close();
  const joined = http.createServer({ joinDuplicateHeaders: true }, handler);
  await new Promise((resolve) => joined.listen(0, '127.0.0.1', resolve));
  await send(joined.address().port, request);
  joined.close();
  for (const entry of seen) console.log(entry);
}
main();
