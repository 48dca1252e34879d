'use strict';
// What a client's IncomingMessage shows of a response written byte by
// byte: statusCode, a custom statusMessage, httpVersion, headers (lower
// case; duplicates joined with ", ", set-cookie kept as an array, a second
// Content-Type dropped) and rawHeaders exactly as sent.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.0 299 Quite Fine Indeed\r\n' +
               'X-Dup: one\r\n' +
               'Content-Type: text/plain\r\n' +
               'Set-Cookie: a=1\r\n' +
               'x-dup: two\r\n' +
               'content-type: text/html\r\n' +
               'SET-COOKIE: b=2\r\n' +
               'X-Spaces:   padded value  \r\n' +
               '\r\n' +
               'the body');
  });
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 299);
    assert.strictEqual(res.statusMessage, 'Quite Fine Indeed');
    assert.strictEqual(res.httpVersion, '1.0');
    assert.strictEqual(res.httpVersionMajor, 1);
    assert.strictEqual(res.httpVersionMinor, 0);
    assert.strictEqual(res.headers['x-dup'], 'one, two');
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-spaces'], 'padded value');
    assert.deepStrictEqual(res.rawHeaders, [
      'X-Dup', 'one', 'Content-Type', 'text/plain', 'Set-Cookie', 'a=1', 'x-dup', 'two',
      'content-type', 'text/html', 'SET-COOKIE', 'b=2', 'X-Spaces', 'padded value',
    ]);
    assert.deepStrictEqual(res.headersDistinct['x-dup'], ['one', 'two']);
    assert.strictEqual(res.url, '');
    assert.strictEqual(res.method, null);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      // No length and HTTP/1.0: the body ends when the connection does.
      assert.strictEqual(body, 'the body');
      assert.strictEqual(res.complete, true);
      server.close();
    }));
  }));
}));
