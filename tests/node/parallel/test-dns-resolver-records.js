'use strict';
// A Resolver asked to use a local DNS server (the test's own, on
// 127.0.0.1) returns each record type in Node's shape.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../js/05-modules/fixtures/dns-server');

startServer().then(common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${server.port}`]);
  let pending = 4;
  const done = () => { if (--pending === 0) server.close(); };
  resolver.resolve4('host.test', { ttl: true }, common.mustSucceed((records) => {
    assert.deepStrictEqual(records, [{ address: '192.0.2.1', ttl: 300 },
                                     { address: '192.0.2.2', ttl: 60 }]);
    done();
  }));
  resolver.resolveMx('host.test', common.mustSucceed((records) => {
    assert.deepStrictEqual(records, [{ exchange: 'mail.host.test', priority: 10 },
                                     { exchange: 'backup.host.test', priority: 20 }]);
    done();
  }));
  resolver.resolveSrv('_sip._udp.host.test', common.mustSucceed((records) => {
    assert.deepStrictEqual(records,
                           [{ name: 'sip.host.test', port: 5060, priority: 10, weight: 5 }]);
    done();
  }));
  resolver.resolve('host.test', 'TXT', common.mustSucceed((records) => {
    assert.deepStrictEqual(records, [['v=spf1 -all'], ['part one', 'part two']]);
    done();
  }));
}));
