// Our http client against an outside server (tests/http/clients_test.py
// runs it against Python's http.server): GET a file, HEAD it, a 404, a
// POST the server does not support, all on a keep-alive agent.
'use strict';
const http = require('http');

const port = Number(process.argv[2]);
const agent = new http.Agent({ keepAlive: true });

function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('latin1');
        const type = res.headers['content-type'];
        console.log(`${method} ${path}: ${res.statusCode} ${res.statusMessage} ` +
                    `HTTP/${res.httpVersion} type=${type} length=${res.headers['content-length']} ` +
                    `body=${JSON.stringify(method === 'GET' && res.statusCode === 200 ? text : text.length)}`);
        resolve();
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  await request('GET', '/hello.txt');
  await request('HEAD', '/hello.txt');
  await request('GET', '/missing.txt');
  await request('POST', '/hello.txt', 'data');
  agent.destroy();
})();
