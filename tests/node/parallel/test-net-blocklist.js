'use strict';
// BlockList: address, range and subnet rules; an IPv4 rule matches the
// same address seen as IPv4-mapped IPv6; SocketAddress values work as
// arguments.
require('../common');
const assert = require('assert');
const net = require('net');

const list = new net.BlockList();
list.addSubnet('10.0.0.0', 8);
list.addRange('192.168.1.10', '192.168.1.20');
list.addAddress('2001:db8::1', 'ipv6');
assert.strictEqual(list.check('10.255.0.1'), true);
assert.strictEqual(list.check('11.0.0.1'), false);
assert.strictEqual(list.check('::ffff:10.1.1.1', 'ipv6'), true);
assert.strictEqual(list.check('192.168.1.15'), true);
assert.strictEqual(list.check('192.168.1.21'), false);
assert.strictEqual(list.check('2001:db8:0::1', 'ipv6'), true);
assert.strictEqual(list.check('2001:db8::2', 'ipv6'), false);
assert.strictEqual(list.check(new net.SocketAddress({ address: '10.0.0.1' })), true);
assert.strictEqual(list.check('not an address'), false);
assert.deepStrictEqual(list.rules, [
  'Address: IPv6 2001:db8::1',
  'Range: IPv4 192.168.1.10-192.168.1.20',
  'Subnet: IPv4 10.0.0.0/8',
]);
assert.throws(() => list.addSubnet('::', 129, 'ipv6'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => list.addRange('1.1.1.2', '1.1.1.1'), { code: 'ERR_INVALID_ARG_VALUE' });
