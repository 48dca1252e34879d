'use strict';
// A server that never answers: with { timeout, tries } small, the query
// ends with ETIMEOUT (c-ares's timer, run by the loop's uv_timer_t).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

const silent = dgram.createSocket('udp4');
silent.on('message', common.mustCallAtLeast(() => {}, 1));
silent.bind(0, '127.0.0.1', common.mustCall(() => {
  const resolver = new dns.Resolver({ timeout: 50, tries: 2 });
  resolver.setServers([`127.0.0.1:${silent.address().port}`]);
  resolver.resolveNs('anything.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ETIMEOUT');
    assert.strictEqual(err.message, 'queryNs ETIMEOUT anything.test');
    silent.close();
  }));
}));
