// The order of events around one request, on both ends: server 'request',
// the request's 'data'/'end'/'close', the response's 'finish'/'close', the
// client's 'socket'/'response'/'end'/'close', for a body-less GET, a POST
// with a body, a response whose body the client never reads, and a
// connection the client cuts in the middle of its upload.
'use strict';
const http = require('http');

const log = [];
let bothClosed = null;  // resolves a run when the client's request and the server's have closed
let closes = 0;
function closed() {
  if (++closes === 2) setImmediate(bothClosed);
}
function watch(name, emitter, events) {
  for (const event of events) {
    emitter.on(event, (arg) => log.push(`${name} ${event}${event === 'error' ? ` ${arg.code}` : ''}`));
  }
}

const server = http.createServer((req, res) => {
  log.push(`server request ${req.method} ${req.url}`);
  watch('  req', req, ['end', 'close', 'aborted', 'error']);
  watch('  res', res, ['finish', 'close', 'error']);
  req.on('close', closed);
  if (req.url === '/cut') {
    req.on('data', () => log.push('  req data'));
    return;
  }
  req.on('data', () => log.push('  req data'));
  req.on('end', () => res.end('reply'));
});
server.on('close', () => log.push('server close'));

function run(options, body, read = true) {
  return new Promise((resolve) => {
    closes = 0;
    bothClosed = resolve;
    const req = http.request({ port: server.address().port, agent: false, ...options }, (res) => {
      log.push(`client response ${res.statusCode}`);
      watch('  client res', res, ['end', 'close', 'aborted', 'error']);
      if (read) res.resume();
    });
    watch('client req', req, ['socket', 'finish', 'close', 'error']);
    req.on('close', closed);
    if (options.path === '/cut') {
      req.write('partial');
      server.once('request', (request) => request.once('data', () => req.destroy()));
    } else {
      req.end(body);
    }
  });
}

server.listen(0, async () => {
  await run({ path: '/get' });
  log.push('--');
  await run({ path: '/post', method: 'POST' }, 'body');
  log.push('--');
  await run({ path: '/unread' }, undefined, false);
  log.push('--');
  await run({ path: '/cut', method: 'POST' });
  server.close(() => {
    console.log(log.join('\n'));
  });
});
