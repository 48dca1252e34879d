'use strict';
// dns.lookup and lookupService check their arguments before any work.
require('../common');
const assert = require('assert');
const dns = require('dns');

const noop = () => {};
assert.throws(() => dns.lookup(1, noop), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', 7, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 7",
});
assert.throws(() => dns.lookup('x', { hints: 9999 }, noop), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { all: 'yes' }, noop), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', { verbatim: 1 }, noop), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', true, noop), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('127.0.0.1', 22), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('localhost', 22, noop), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', 70000, noop), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => dns.promises.lookup('x', 'y'), { code: 'ERR_INVALID_ARG_TYPE' });
