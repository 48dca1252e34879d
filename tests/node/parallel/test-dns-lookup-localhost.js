'use strict';
// dns.lookup('localhost') goes through getaddrinfo (the thread pool) and
// finds the loopback address; a name under .invalid is ENOTFOUND with
// getaddrinfo's error number.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

dns.lookup('localhost', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('nothing-here.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nothing-here.invalid');
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nothing-here.invalid');
}));
dns.lookupService('127.0.0.1', 22, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert.strictEqual(typeof service, 'string');
}));
