'use strict';
// The answers that are errors: NXDOMAIN is ENOTFOUND, no records of the
// type is ENODATA, a SERVFAIL answer is ESERVFAIL; c-ares codes have no
// errno, and the message names the query and the name.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../js/05-modules/fixtures/dns-server');

startServer().then(common.mustCall(async (server) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${server.port}`]);
  await assert.rejects(resolver.resolve4('missing.test'), {
    code: 'ENOTFOUND', syscall: 'queryA', hostname: 'missing.test', errno: undefined,
    message: 'queryA ENOTFOUND missing.test',
  });
  await assert.rejects(resolver.resolveMx('empty.test'), { code: dns.NODATA, syscall: 'queryMx' });
  await assert.rejects(resolver.resolveTxt('servfail.test'), { code: dns.SERVFAIL });
  await assert.rejects(resolver.reverse('192.0.2.200'), {
    code: 'ENOTFOUND', syscall: 'getHostByAddr',
  });
  server.close();
}));
