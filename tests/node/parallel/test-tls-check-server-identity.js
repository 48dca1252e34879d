'use strict';
// tls.checkServerIdentity() on its own: exact names, wildcards covering one
// label only, IP addresses against IP entries, the CN when there are no DNS
// names.
require('../common');
const assert = require('assert');
const tls = require('tls');

const cert = { subject: { CN: 'ignored' }, subjectaltname: 'DNS:a.example.com, DNS:*.b.example.com, IP Address:10.0.0.1' };
assert.strictEqual(tls.checkServerIdentity('a.example.com', cert), undefined);
assert.strictEqual(tls.checkServerIdentity('A.Example.COM', cert), undefined);
assert.strictEqual(tls.checkServerIdentity('x.b.example.com', cert), undefined);
assert.strictEqual(tls.checkServerIdentity('10.0.0.1', cert), undefined);
for (const host of ['b.example.com', 'y.x.b.example.com', 'ignored', 'c.example.com']) {
  const err = tls.checkServerIdentity(host, cert);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID', host);
  assert.strictEqual(err.host, host);
}
const ipErr = tls.checkServerIdentity('10.0.0.2', cert);
assert.strictEqual(ipErr.reason, "IP: 10.0.0.2 is not in the cert's list: 10.0.0.1");
const cnOnly = { subject: { CN: 'only.example' } };
assert.strictEqual(tls.checkServerIdentity('only.example', cnOnly), undefined);
assert.strictEqual(tls.checkServerIdentity('other.example', cnOnly).reason,
                   "Host: other.example. is not cert's CN: only.example");
