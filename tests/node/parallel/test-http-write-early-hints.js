'use strict';
// writeEarlyHints() sends a 103 Early Hints interim response with Link
// headers (and any other headers given) ahead of the final one; an array
// of links becomes one Link line joined with ', '. The client sees it as
// an 'information' event. A link with CR or LF is refused.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeEarlyHints({ link: '</a>; rel=preload\r\nX: y' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  res.writeEarlyHints({
    'link': ['</style.css>; rel=preload; as=style', '</app.js>; rel=preload; as=script'],
    'x-trace': 'abc',
  }, common.mustCall());
  res.end('final');
}, 2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  // The raw bytes first...
  const socket = net.connect(port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.ok(reply.startsWith('HTTP/1.1 103 Early Hints\r\n' +
                               'Link: </style.css>; rel=preload; as=style, ' +
                               '</app.js>; rel=preload; as=script\r\n' +
                               'x-trace: abc\r\n\r\n' +
                               'HTTP/1.1 200 OK\r\n'), reply);
    // ...then as a client sees them.
    const req = http.get({ port }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      res.resume();
      res.on('end', common.mustCall(() => server.close()));
    }));
    req.on('information', common.mustCall((info) => {
      assert.strictEqual(info.statusCode, 103);
      assert.strictEqual(info.statusMessage, 'Early Hints');
      assert.strictEqual(info.headers['x-trace'], 'abc');
      assert.match(info.headers.link, /^<\/style\.css>; rel=preload; as=style, <\/app\.js>/);
    }));
  }));
}));
