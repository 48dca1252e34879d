'use strict';
// The default result order starts as 'verbatim' and takes only Node's
// three values; dns.promises shares it.
require('../common');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
assert.throws(() => dns.setDefaultResultOrder('random'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
