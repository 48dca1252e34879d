'use strict';
// The client ends its side after the handshake: the server reads the data
// then 'end' (the close_notify), answers, and the client still gets the
// answer before its own 'end' and 'close'.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const server = tls.createServer(certs.server(), common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'question');
  }));
  socket.on('close', common.mustCall());
  socket.write('answer');
}));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: certs.ca() },
                        common.mustCall(() => c.end('question')));
  let text = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { text += d; });
  c.on('end', common.mustCall(() => assert.strictEqual(text, 'answer')));
  c.on('close', common.mustCall(() => server.close()));
}));
