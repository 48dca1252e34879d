'use strict';
// write() takes strings and bytes only, and no null.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.write(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => res.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  res.end('fine');
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
