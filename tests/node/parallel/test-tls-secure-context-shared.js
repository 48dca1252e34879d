'use strict';
// One createSecureContext() result serves several client connections (the
// secureContext option).
const common = require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const clientContext = tls.createSecureContext({ ca: certs.ca() });
const server = tls.createServer(certs.server(),
                                common.mustCall((s) => s.end('hi'), 3));
server.listen(0, common.mustCall(() => {
  let left = 3;
  for (let i = 0; i < 3; i++) {
    const c = tls.connect({ port: server.address().port, host: 'localhost',
                            secureContext: clientContext }, common.mustCall(() => {
      assert.strictEqual(c.authorized, true);
    }));
    c.resume();
    c.on('close', common.mustCall(() => { if (--left === 0) server.close(); }));
  }
}));
