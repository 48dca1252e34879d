'use strict';
// req.setTimeout() on the server: the request's 'timeout' fires when the
// client goes quiet in the middle of its body.
const common = require('../common');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  req.setTimeout(50, common.mustCall(() => {
    res.statusCode = 408;
    res.end();
    req.socket.destroy();
  }));
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.resume();
  socket.on('close', common.mustCall(() => server.close()));
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nsome');
}));
