// How the client reads responses framed every way a server may frame them
// (sent byte-exact by a raw TCP server): Content-Length, chunked with
// extensions and trailers, no length (the body ends at close), HEAD and 304
// without a body, an HTTP/1.0 answer, headers folded by the client's rules,
// and a malformed answer reported as a parse error.
'use strict';
const http = require('http');
const net = require('net');

const answers = {
  '/length': 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello',
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n',
  '/until-close': 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nread to the end',
  '/head': 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n',
  '/304': 'HTTP/1.1 304 Not Modified\r\nContent-Length: 1000\r\nETag: "e"\r\n\r\n',
  '/http10': 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nold style',
  '/folding': 'HTTP/1.1 201 Created\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Dup: 1\r\n' +
    'X-Dup: 2\r\nLocation: /first\r\nLocation: /second\r\nContent-Length: 0\r\n\r\n',
  '/malformed': 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  '/no-status-text': 'HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok',
};

const raw = net.createServer((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    data += chunk;
    if (!data.includes('\r\n\r\n')) return;
    const path = data.split(' ')[1];
    socket.end(answers[path]);
  });
  socket.on('error', () => {});
});

function fetch(path) {
  return new Promise((resolve) => {
    const method = path === '/head' ? 'HEAD' : 'GET';
    const req = http.request({ port: raw.address().port, host: '127.0.0.1', path, method,
                               agent: false });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        console.log(path, res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion,
                    res.headers, JSON.stringify(body), res.trailers, res.complete);
      });
      res.on('close', resolve);
    });
    req.on('error', (err) => {
      console.log(path, 'error', err.code, err.message);
      resolve();
    });
    req.end();
  });
}

raw.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(answers)) await fetch(path);
  raw.close();
});
