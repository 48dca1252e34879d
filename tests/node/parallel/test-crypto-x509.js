'use strict';
// X509Certificate over certificates made now with the openssl command: a CA
// and a server certificate with subjectAltName, signed by it.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const { execFileSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);
const openssl = (...args) => execFileSync('openssl', args, { stdio: 'pipe' });
openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('ca.key'), '-out', at('ca.pem'),
        '-days', '30', '-subj', '/C=US/O=Test CA/CN=test-ca');
openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', at('srv.key'),
        '-out', at('srv.csr'), '-subj', '/C=US/O=Example/CN=example.com');
fs.writeFileSync(at('ext'), 'subjectAltName=DNS:example.com,DNS:*.example.org,IP:127.0.0.1\n');
openssl('x509', '-req', '-in', at('srv.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'),
        '-CAcreateserial', '-out', at('srv.pem'), '-days', '10', '-extfile', at('ext'));

const ca = new crypto.X509Certificate(fs.readFileSync(at('ca.pem')));
const srv = new crypto.X509Certificate(fs.readFileSync(at('srv.pem'), 'utf8'));
assert.strictEqual(srv.subject, 'C=US\nO=Example\nCN=example.com');
assert.strictEqual(srv.issuer, 'C=US\nO=Test CA\nCN=test-ca');
assert.strictEqual(ca.subject, ca.issuer);
assert.strictEqual(srv.subjectAltName, 'DNS:example.com, DNS:*.example.org, IP Address:127.0.0.1');
assert.strictEqual(ca.ca, true);
assert.strictEqual(srv.ca, false);
assert.match(srv.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
assert(Date.parse(srv.validTo) - Date.parse(srv.validFrom) === 10 * 86400 * 1000);
assert.match(srv.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
assert.match(srv.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
const der = srv.raw;
assert.strictEqual(crypto.createHash('sha256').update(der).digest('hex').toUpperCase(),
                   srv.fingerprint256.replaceAll(':', ''));
assert.strictEqual(new crypto.X509Certificate(der).fingerprint256, srv.fingerprint256);
assert.strictEqual(srv.toString(), fs.readFileSync(at('srv.pem'), 'utf8'));
assert.match(srv.serialNumber, /^[0-9A-F]+$/);

assert.strictEqual(srv.checkHost('example.com'), 'example.com');
assert.strictEqual(srv.checkHost('www.example.org'), '*.example.org');
assert.strictEqual(srv.checkHost('example.net'), undefined);
assert.strictEqual(srv.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(srv.checkIP('10.0.0.1'), undefined);

assert.strictEqual(srv.verify(ca.publicKey), true);
assert.strictEqual(srv.verify(srv.publicKey), false);
assert.strictEqual(srv.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(srv), false);
assert.strictEqual(srv.publicKey.asymmetricKeyType, 'ec');
assert(srv.publicKey.equals(crypto.createPublicKey(fs.readFileSync(at('srv.key')))));

assert.throws(() => new crypto.X509Certificate(Buffer.from('not a certificate')), Error);
assert.throws(() => new crypto.X509Certificate(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => srv.verify('key'), { code: 'ERR_INVALID_ARG_TYPE' });
common.mustCall(() => {})();
