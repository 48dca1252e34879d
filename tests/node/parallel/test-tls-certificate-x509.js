'use strict';
// crypto.X509Certificate on the test certificates: names, the CA's
// signature, checkHost/checkIP against the subjectAltName, and the dates
// of the expired one.
require('../common');
const certs = require('../common/certs');
const assert = require('assert');
const { X509Certificate } = require('crypto');

const ca = new X509Certificate(certs.ca());
const server = new X509Certificate(certs.read('server.pem'));
const expired = new X509Certificate(certs.read('expired.pem'));
const self = new X509Certificate(certs.read('self.pem'));

assert.strictEqual(server.subject, 'CN=localhost\nO=Teaching');
assert.strictEqual(server.issuer, ca.subject);
assert.strictEqual(server.subjectAltName, 'DNS:localhost, IP Address:127.0.0.1');
assert.strictEqual(server.verify(ca.publicKey), true);
assert.strictEqual(self.verify(ca.publicKey), false);
assert.strictEqual(server.checkIssued(ca), true);
assert.strictEqual(self.checkIssued(ca), false);
assert.strictEqual(server.checkHost('localhost'), 'localhost');
assert.strictEqual(server.checkHost('example.com'), undefined);
assert.strictEqual(server.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(server.checkIP('127.0.0.2'), undefined);
assert.strictEqual(ca.ca, true);
assert.strictEqual(server.ca, false);
assert.strictEqual(expired.validFrom, 'Jan  1 00:00:00 1999 GMT');
assert.strictEqual(expired.validTo, 'Jan  1 00:00:00 2000 GMT');
assert.strictEqual(server.serialNumber, '03E9');
