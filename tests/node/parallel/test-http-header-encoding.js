'use strict';
// The head leaves with the first body chunk, in that chunk's encoding: a
// non-ASCII header value is UTF-8 on the wire by default and latin1 when
// the first write() says 'latin1'. Trailers and a reason phrase travel
// alone, as latin1. With a known Content-Length, a Content-Disposition
// value is recoded so that a non-ASCII file name arrives as U+FFFD.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cafe = 'caf\u00e9';
const handlers = {
  '/utf8': (res) => {
    res.setHeader('X-Name', cafe);
    res.end('.');
  },
  '/latin1': (res) => {
    res.setHeader('X-Name', cafe);
    res.write('.', 'latin1');
    res.end();
  },
  '/reason-and-trailer': (res) => {
    res.writeHead(200, cafe);
    res.write('.');
    res.addTrailers({ 'X-Name': cafe });
    res.end();
  },
  '/disposition': (res) => {
    res.setHeader('Content-Disposition', `attachment; filename="${cafe}"`);
    res.end('.');
  },
};

const server = http.createServer(common.mustCall((req, res) => handlers[req.url](res),
                                                 Object.keys(handlers).length));

function get(port, path) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => {
      socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const utf8 = Buffer.from(cafe, 'utf8');
const latin1 = Buffer.from(cafe, 'latin1');
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  assert.ok((await get(port, '/utf8')).includes(Buffer.concat([Buffer.from('X-Name: '), utf8])));
  assert.ok((await get(port, '/latin1')).includes(Buffer.concat([Buffer.from('X-Name: '), latin1])));
  const both = await get(port, '/reason-and-trailer');
  assert.ok(both.subarray(0, 17).equals(Buffer.concat([Buffer.from('HTTP/1.1 200 '), latin1])));
  assert.ok(both.includes(Buffer.concat([Buffer.from('0\r\nX-Name: '), latin1, Buffer.from('\r\n\r\n')])));
  const disposition = await get(port, '/disposition');
  assert.ok(disposition.includes(Buffer.from('filename="caf\ufffd"', 'utf8')), disposition.toString('latin1'));
  server.close();
}));
