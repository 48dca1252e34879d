// The client's view: the order of a request's events, the response's
// fields, what the request sends (seen by a raw TCP server), Host and
// Authorization from the options, URL strings and URL objects.
'use strict';
const http = require('http');
const net = require('net');

const raw = net.createServer((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    data += d;
    if (!data.includes('\r\n\r\n')) return;
    const head = data.slice(0, data.indexOf('\r\n\r\n'));
    const shown = head.replace(/:\d+\r\n/, ':<port>\r\n').split('\r\n');
    console.log('server saw', shown);
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Dup: a\r\nX-Dup: b\r\n' +
      'Connection: close\r\n\r\nok');
  });
});

function get(label, ...args) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get(...args, (res) => {
      events.push(`response ${res.statusCode} ${res.statusMessage} ${res.httpVersion}`);
      events.push(`headers ${JSON.stringify(res.headers)}`);
      res.on('data', (d) => events.push(`data ${d}`));
      res.on('end', () => events.push('end'));
      res.on('close', () => {
        events.push('res close');
      });
    });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('close', () => {
      events.push('req close');
      setImmediate(() => {
        console.log(label, events);
        resolve();
      });
    });
  });
}

raw.listen(0, '127.0.0.1', async () => {
  const { port } = raw.address();
  await get('options', { port, host: '127.0.0.1', path: '/a?b=1', headers: { 'X-Test': 'yes' } });
  await get('url string', `http://user:pw@127.0.0.1:${port}/str`);
  await get('url object', new URL(`http://127.0.0.1:${port}/obj`), { headers: { Accept: 'x' } });
  await get('no agent', { port, host: '127.0.0.1', agent: false, method: 'DELETE' });
  raw.close();
});
