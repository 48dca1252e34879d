'use strict';
// POST bodies over one kept-alive TLS connection: three requests through an
// Agent with keepAlive and maxSockets 1 share a single TLS handshake.
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const https = require('https');

const server = https.createServer(certs.server(), common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(body.toUpperCase()));
}, 3));
server.on('secureConnection', common.mustCall(1));
const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca: certs.ca() });
server.listen(0, common.mustCall(() => {
  let done = 0;
  for (const word of ['one', 'two', 'three']) {
    const req = https.request({ host: 'localhost', port: server.address().port, method: 'POST',
                                agent }, common.mustCall((res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(text, word.toUpperCase());
        if (++done === 3) {
          agent.destroy();
          server.close();
        }
      }));
    }));
    req.end(word);
  }
}));
