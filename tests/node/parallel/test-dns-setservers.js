'use strict';
// setServers() takes addresses with or without ports (IPv6 in brackets),
// getServers() writes the port only when it is not 53, and a bad entry
// throws without changing the list.
require('../common');
const assert = require('assert');
const dns = require('dns');

const resolver = new dns.Resolver();
resolver.setServers(['192.0.2.1', '192.0.2.2:5353', '2001:db8::1', '[2001:db8::2]:5300']);
assert.deepStrictEqual(resolver.getServers(),
                       ['192.0.2.1', '192.0.2.2:5353', '2001:db8::1', '[2001:db8::2]:5300']);
assert.throws(() => resolver.setServers(['192.0.2.1', 'example.org']), {
  code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError', message: 'Invalid IP address: example.org',
});
assert.throws(() => resolver.setServers([1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(resolver.getServers().length, 4);
resolver.setServers([]);
assert.deepStrictEqual(resolver.getServers(), []);
assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.promises.Resolver({ timeout: 'slow' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
