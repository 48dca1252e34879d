'use strict';
// 103 Early Hints from a raw server, twice, then the real response:
// each 1xx is an 'information' event with its own headers (none of them a
// 'continue'), and the response that follows has only its own.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', common.mustCall(() => {
    socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n');
    socket.write('HTTP/1.1 103 Early Hints\r\nLink: </b.js>; rel=preload\r\n\r\n' +
                 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
    socket.end();
  }));
}));

server.listen(0, common.mustCall(() => {
  const infos = [];
  const req = http.get({ port: server.address().port, agent: false });
  req.on('continue', common.mustNotCall());
  req.on('information', common.mustCall((info) => {
    infos.push(info);
  }, 2));
  req.on('response', common.mustCall((res) => {
    assert.deepStrictEqual(infos.map((i) => [i.statusCode, i.statusMessage, i.headers.link]), [
      [103, 'Early Hints', '</a.css>; rel=preload'],
      [103, 'Early Hints', '</b.js>; rel=preload'],
    ]);
    assert.deepStrictEqual(infos[0].rawHeaders, ['Link', '</a.css>; rel=preload']);
    assert.strictEqual(infos[1].httpVersion, '1.1');
    assert.strictEqual(res.headers.link, undefined);
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'ok');
      server.close();
    }));
  }));
}));
