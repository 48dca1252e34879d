'use strict';
// The server's sockets carry bytes to the parser: setEncoding() on one is
// refused with ERR_HTTP_SOCKET_ENCODING.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => req.socket.setEncoding('utf8'), {
    code: 'ERR_HTTP_SOCKET_ENCODING',
    name: 'Error',
    message: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  });
  res.end();
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
