// The server side of tests/bench/06-http.py, run alike by this project's
// 06-http, Node, Bun and Deno (node:http and node:https only, CommonJS).
//
//   http-server.cjs MODE PORT [CERT_DIR]
//
//   hello   "Hello, world!" with Content-Length, keep-alive
//   big     a 1 MiB response (one Buffer, made once)
//   post    reads a request body to its end, answers with its length
//   https   hello over https (CERT_DIR holds key.pem and cert.pem)
//   idle    hello with a keep-alive timeout of 60 s (connections held idle)
//   tls     a tls server that drains every byte a client sends and
//           answers with the count when the client ends its side
//
// "ready" on stdout says the port is listening: the harness waits for it.
'use strict';
const [mode, portText, certDir] = process.argv.slice(2);
const port = Number(portText);
const hello = 'Hello, world!\n';
const big = Buffer.alloc(1 << 20, 'x');

function handler(req, res) {
  if (mode === 'post') {
    let length = 0;
    req.on('data', (chunk) => { length += chunk.length; });
    req.on('end', () => {
      const text = String(length);
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': text.length });
      res.end(text);
    });
    return;
  }
  const body = mode === 'big' ? big : hello;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
}

function tlsOptions() {
  const fs = require('fs');
  const path = require('path');
  return {
    key: fs.readFileSync(path.join(certDir, 'key.pem')),
    cert: fs.readFileSync(path.join(certDir, 'cert.pem')),
  };
}

let server;
if (mode === 'https') {
  server = require('https').createServer(tlsOptions(), handler);
} else if (mode === 'tls') {
  server = require('tls').createServer(tlsOptions(), (socket) => {
    let received = 0;
    socket.on('data', (chunk) => { received += chunk.length; });
    socket.on('end', () => socket.end(`${received}\n`));
  });
} else {
  server = require('http').createServer(handler);
}
if (mode === 'idle') server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => console.log('ready'));
