'use strict';
// Interim responses (1xx other than 101) reach the client as 'information'
// events, 100 also as 'continue'; the final response follows on the same
// connection.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const http = require('http');

const raw = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n' +
               'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbody');
  });
}));
raw.listen(0, common.mustCall(() => {
  const seen = [];
  const req = http.get({ port: raw.address().port }, common.mustCall((res) => {
    assert.deepStrictEqual(seen, ['continue', 100, 103]);
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', common.mustCall(() => raw.close()));
  }));
  req.on('continue', common.mustCall(() => seen.push('continue')));
  req.on('information', common.mustCall((info) => {
    seen.push(info.statusCode);
    if (info.statusCode === 103) {
      assert.strictEqual(info.statusMessage, 'Early Hints');
      assert.strictEqual(info.headers.link, '</a.css>');
      assert.strictEqual(info.httpVersion, '1.1');
    }
  }, 2));
}));
