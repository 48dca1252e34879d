'use strict';
// createConnection in the options makes the socket, without any agent:
// returned at once, or handed to its callback later. An error given to
// the callback becomes the request's 'error'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.end(req.url);
}, 2));

function body(res, cb) {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (d) => text += d);
  res.on('end', () => cb(text));
}

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const returned = http.get({
    port,
    path: '/returned',
    createConnection: common.mustCall((options) => {
      assert.strictEqual(options.port, port);
      return net.createConnection({ port });
    }),
  }, common.mustCall((res) => body(res, common.mustCall((text) => {
    assert.strictEqual(text, '/returned');
    assert.strictEqual(returned.agent, undefined);
    http.get({
      port,
      path: '/later',
      createConnection: common.mustCall((options, cb) => {
        setImmediate(() => cb(null, net.createConnection({ port })));
      }),
    }, common.mustCall((res) => body(res, common.mustCall((text) => {
      assert.strictEqual(text, '/later');
      const failing = http.get({
        createConnection: common.mustCall((options, cb) => {
          cb(new Error('no connection for you'));
        }),
      }, common.mustNotCall());
      failing.on('error', common.mustCall((err) => {
        assert.strictEqual(err.message, 'no connection for you');
        server.close();
      }));
    }))));
  }))));
}));
