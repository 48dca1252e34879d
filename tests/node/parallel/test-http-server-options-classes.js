'use strict';
// createServer's IncomingMessage and ServerResponse options: the server
// builds its requests and responses from the given subclasses.
const common = require('../common');
const assert = require('assert');
const http = require('http');

class MyRequest extends http.IncomingMessage {
  get shout() { return this.url.toUpperCase(); }
}
class MyResponse extends http.ServerResponse {
  sendJSON(value) {
    this.setHeader('Content-Type', 'application/json');
    this.end(JSON.stringify(value));
  }
}
const server = http.createServer({ IncomingMessage: MyRequest, ServerResponse: MyResponse },
                                 common.mustCall((req, res) => {
                                   assert.ok(req instanceof MyRequest);
                                   assert.ok(res instanceof MyResponse);
                                   res.sendJSON({ path: req.shout });
                                 }));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, path: '/quiet' }, common.mustCall((res) => {
    let text = '';
    res.on('data', (c) => { text += c; });
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(JSON.parse(text), { path: '/QUIET' });
      server.close();
    }));
  }));
}));
