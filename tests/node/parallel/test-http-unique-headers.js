'use strict';
// uniqueHeaders (a server option, or a request option for the client):
// the names listed are sent as one line, their values joined with '; ',
// however many were set; the names are case-insensitive. Names not listed
// still get a line per value. A value that is not an array is ignored.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ uniqueHeaders: ['X-Joined', 'x-alt'] },
                                 common.mustCall((req, res) => {
                                   res.setHeader('x-joined', ['a', 'b']);
                                   res.appendHeader('X-Joined', 'c');
                                   res.setHeader('X-Alt', ['1', '2']);
                                   res.setHeader('X-Split', ['p', 'q']);
                                   res.end();
                                 }));

assert.doesNotThrow(() => http.createServer({ uniqueHeaders: 'x-joined' }));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.match(reply, /\r\nx-joined: a; b; c\r\n/);
    assert.match(reply, /\r\nX-Alt: 1; 2\r\n/);
    assert.match(reply, /\r\nX-Split: p\r\nX-Split: q\r\n/);
    server.close();
  }));
}));
