// How a server frames its responses, seen as raw bytes by a plain TCP
// client: Content-Length when end() knows the body, chunked otherwise, no
// body for HEAD/204/304, trailers, HTTP/1.0, header rendering rules.
'use strict';
const http = require('http');
const net = require('net');

const routes = {
  '/len': (req, res) => res.end('hello'),
  '/chunked': (req, res) => { res.write('a'); res.write('bc'); res.end(); },
  '/empty': (req, res) => res.end(),
  '/204': (req, res) => { res.statusCode = 204; res.end('ignored'); },
  '/304': (req, res) => { res.writeHead(304, { ETag: 'x' }); res.end(); },
  '/head': (req, res) => res.end('body of a HEAD'),
  '/writehead': (req, res) => {
    res.setHeader('X-Set', 'one');
    res.writeHead(201, 'Made', { 'X-Obj': 'two', 'Content-Type': 'text/plain' });
    res.end('ok');
  },
  '/array': (req, res) => {
    res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Content-Length', '2']);
    res.end('ok');
  },
  '/cookies': (req, res) => {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('x-lower', 'v');
    res.end();
  },
  '/nodate': (req, res) => { res.sendDate = false; res.end('x'); },
  '/trailers': (req, res) => {
    res.writeHead(200, { Trailer: 'X-Sum' });
    res.write('data');
    res.addTrailers({ 'X-Sum': '42' });
    res.end();
  },
  '/close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/status': (req, res) => { res.statusCode = 418; res.end(); },
  '/flush': (req, res) => { res.flushHeaders(); res.end('late'); },
};

const server = http.createServer((req, res) => {
  (routes[req.url] || ((rq, rs) => { rs.statusCode = 404; rs.end(); }))(req, res);
});

function show(text) {
  return text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n').replace(/\r\n/g, '\\r\\n\n');
}

function exchange(port, request) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('close', () => resolve(data));
    socket.write(request);
    setTimeout(() => socket.end(), 100);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(routes)) {
    const method = path === '/head' ? 'HEAD' : 'GET';
    const answer = await exchange(port, `${method} ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    console.log(`--- ${method} ${path}\n${show(answer)}`);
  }
  const old = await exchange(port, 'GET /chunked HTTP/1.0\r\n\r\n');
  console.log(`--- HTTP/1.0 GET /chunked\n${show(old)}`);
  const pipelined = await exchange(port, 'GET /len HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /chunked HTTP/1.1\r\nHost: x\r\n\r\nGET /status HTTP/1.1\r\nHost: x\r\n\r\n');
  console.log(`--- pipelined\n${show(pipelined)}`);
  server.close();
});
