// The server that tests/http/raw_requests.py sends its raw requests to: an
// http.createServer with no 'clientError', 'connect' or 'upgrade' listener,
// so every answer is the module's default. Each response names what the
// server saw (method, URL, version, body length, a few headers), so a table
// entry shows how a request was understood, not only that it was answered.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  let length = 0;
  req.on('data', (chunk) => { length += chunk.length; });
  req.on('end', () => {
    const seen = [req.method, req.url, `HTTP/${req.httpVersion}`, `body=${length}`];
    for (const name of ['host', 'x-a', 'content-length', 'transfer-encoding']) {
      if (req.headers[name] !== undefined) seen.push(`${name}=${JSON.stringify(req.headers[name])}`);
    }
    if (req.url === '/chunked') {
      res.write(`${seen.join(' ')}\n`);
      res.end();
    } else {
      res.end(`${seen.join(' ')}\n`);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
