'use strict';
// A request path may hold any byte from '!' to U+00FF; a space, a control
// character or anything past U+00FF is ERR_UNESCAPED_CHARACTERS, a
// TypeError thrown by request() itself. An allowed path goes out as is.
const common = require('../common');
const assert = require('assert');
const http = require('http');

for (const path of ['/a b', '/tab\there', '/nl\n', '/\u0000', '/snow\u2603', '/\u0100']) {
  assert.throws(() => http.request({ path, agent: false }), {
    name: 'TypeError',
    code: 'ERR_UNESCAPED_CHARACTERS',
    message: 'Request path contains unescaped characters',
  });
}

const server = http.createServer(common.mustCall((req, res) => {
  res.end(req.url);
}));

server.listen(0, common.mustCall(() => {
  // A Latin-1 letter passes the client's check (the server's parser is
  // stricter: it is not sent here).
  const latin1 = http.request({ path: '/caf\u00e9', agent: false });
  latin1.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  latin1.destroy();
  // So do ~!$&'()*+,;=:@, a query and a fragment; the server sees them all.
  const path = "/~!$&'()*+,;=:@%20?q=1#frag";
  http.get({ port: server.address().port, path, agent: false }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('latin1');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, path);
      server.close();
    }));
  }));
}));
