'use strict';
// A PKCS#12 bundle opens only with its passphrase: a wrong or missing one
// fails OpenSSL's MAC check, thrown by createSecureContext() and by
// createServer(); the { buf, passphrase } form carries its own passphrase.
require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const tls = require('tls');

const pfx = certs.read('server.pfx');
for (const passphrase of ['wrong', undefined, '']) {
  assert.throws(() => tls.createSecureContext({ pfx, passphrase }),
                { name: 'Error', message: 'mac verify failure' });
}
assert.throws(() => tls.createServer({ pfx, passphrase: 'Sesame' }),
              { message: 'mac verify failure' });
// A bundle in a list, with its own passphrase, and the outer one ignored.
const context = tls.createSecureContext({ pfx: [{ buf: pfx, passphrase: 'sesame' }],
                                          passphrase: 'wrong' });
assert.ok(context.context);
// Not a bundle at all.
assert.throws(() => tls.createSecureContext({ pfx: Buffer.from('not a pkcs12 file') }), Error);
