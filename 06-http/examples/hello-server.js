// One HTTP exchange in one process: a server on a free port, a client that
// asks it for one page, and both gone afterwards, so the loop ends. Every
// step is a callback the loop runs: the connection, the parsed request, the
// response's pieces, the close. (`make docs` draws its --trace-loop picture.)
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  console.log(`server: ${req.method} ${req.url}, HTTP/${req.httpVersion}`);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello from the loop\n');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1', path: '/hello', agent: false }, (res) => {
    console.log(`client: ${res.statusCode} ${res.statusMessage}, ${res.headers['content-type']}`);
    res.setEncoding('utf8');
    res.on('data', (text) => console.log(`client: body ${JSON.stringify(text)}`));
    res.on('end', () => {
      console.log('client: end of the response');
      server.close(() => console.log('server: closed'));
    });
  });
});
