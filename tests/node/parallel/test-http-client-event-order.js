'use strict';
// The life of a request, as its events tell it: 'socket', then 'finish'
// (all written), then 'response', the response's 'end' and 'close', and
// last the request's 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', () => res.end('body'));
}));

server.listen(0, common.mustCall(() => {
  const events = [];
  const req = http.request({ port: server.address().port, method: 'PUT', agent: false });
  req.on('socket', common.mustCall((socket) => {
    events.push('socket');
    assert.strictEqual(req.socket, socket);
  }));
  req.on('finish', common.mustCall(() => events.push('finish')));
  req.on('response', common.mustCall((res) => {
    events.push('response');
    assert.strictEqual(res.req, req);
    res.on('data', () => events.push('data'));
    res.on('end', common.mustCall(() => events.push('end')));
    res.on('close', common.mustCall(() => events.push('res close')));
  }));
  req.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events,
                           ['socket', 'finish', 'response', 'data', 'end', 'res close',
                            'close']);
    server.close();
  }));
  // Nothing happens before the current tick is over.
  assert.strictEqual(req.socket, null);
  req.end('payload');
  assert.deepStrictEqual(events, []);
}));
