'use strict';
// An IP address needs no lookup: dns.lookup answers it on the next tick,
// never synchronously, with its family, and as a list with `all`.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

let sync = true;
dns.lookup('192.0.2.7', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '192.0.2.7');
  assert.strictEqual(family, 4);
}));
dns.lookup('2001:db8::7', { all: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, [{ address: '2001:db8::7', family: 6 }]);
}));
dns.promises.lookup('::ffff:192.0.2.1').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '::ffff:192.0.2.1', family: 6 });
}));
sync = false;
