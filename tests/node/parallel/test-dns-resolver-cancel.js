'use strict';
// cancel() ends every query of the resolver with ECANCELLED, on a later
// turn of the loop, never inside the call.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const silent = dgram.createSocket('udp4');
silent.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.Resolver({ timeout: 10000, tries: 1 });
  resolver.setServers([`127.0.0.1:${silent.address().port}`]);
  let cancelled = 0;
  const check = common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.code, dns.CANCELLED);
    if (++cancelled === 2) silent.close();
  }, 2);
  resolver.resolve4('one.test', check);
  resolver.resolveAny('two.test', check);
  resolver.cancel();
  assert.strictEqual(cancelled, 0);
}));
