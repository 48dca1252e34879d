'use strict';
// insecureHTTPParser: true on a request makes its parser lenient: what is
// refused by default (a control character in a header value, lines that
// end in a bare LF) is accepted. A non-boolean is ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.request({ insecureHTTPParser: 'yes' }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const responses = {
  '/ctl': 'HTTP/1.1 200 OK\r\nX-Odd: a\x01b\r\nContent-Length: 2\r\n\r\nok',
  '/lf': 'HTTP/1.1 200 Fine\nX-Odd: plain\nContent-Length: 2\n\nok',
};
const server = net.createServer((socket) => {
  socket.setEncoding('latin1');
  socket.once('data', (d) => socket.end(responses[d.split(' ')[1]]));
});

function get(path, insecureHTTPParser) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent: false,
                           insecureHTTPParser });
    assert.strictEqual(req.insecureHTTPParser, insecureHTTPParser);
    req.on('error', (err) => resolve([err.code, err.reason]));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => body += d);
      res.on('end', () => resolve([res.statusMessage, res.headers['x-odd'], body]));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  assert.deepStrictEqual(await get('/ctl'),
                         ['HPE_INVALID_HEADER_TOKEN', 'Invalid header value char']);
  assert.deepStrictEqual(await get('/ctl', true), ['OK', 'a\x01b', 'ok']);
  assert.deepStrictEqual(await get('/lf', false),
                         ['HPE_CR_EXPECTED', 'Missing expected CR after response line']);
  assert.deepStrictEqual(await get('/lf', true), ['Fine', 'plain', 'ok']);
  server.close();
}));
