'use strict';
// insecureHTTPParser: true on a request makes its parser lenient: a
// control character in a header value, refused by default as
// HPE_INVALID_HEADER_TOKEN, is accepted and kept. A non-boolean is
// ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.request({ insecureHTTPParser: 'yes' }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.1 200 OK\r\nX-Odd: a\x01b\r\nContent-Length: 2\r\n\r\nok');
  });
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const strict = http.get({ port, agent: false }, common.mustNotCall());
  strict.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_INVALID_HEADER_TOKEN');
    assert.strictEqual(err.reason, 'Invalid header value char');
    const lenient = http.get({ port, agent: false, insecureHTTPParser: true },
                             common.mustCall((res) => {
                               assert.strictEqual(res.headers['x-odd'], 'a\x01b');
                               res.resume();
                               res.on('end', common.mustCall(() => server.close()));
                             }));
    assert.strictEqual(lenient.insecureHTTPParser, true);
  }));
}));
