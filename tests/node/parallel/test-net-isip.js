'use strict';
// net.isIP, isIPv4, isIPv6 on addresses and on things that only look like
// them.
require('../common');
const assert = require('assert');
const net = require('net');

const cases = {
  4: ['127.0.0.1', '0.0.0.0', '255.255.255.255', '10.1.20.3'],
  6: ['::', '::1', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1', 'fe80::1%eth0', 'A:b:C::1',
      '1::', '1:2:3:4:5:6:7::', '1:2:3:4:5::1.2.3.4'],
  0: ['', 'x', '1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1::2::3', ':1', '1:',
      '::1:2:3:4:5:6:7:8', '12345::', '1:2:3:4:5:6::1.2.3.4', '1.2.3.4::', 'fe80::1%', ' ::1', 42, null],
};
for (const [family, inputs] of Object.entries(cases)) {
  for (const input of inputs) {
    assert.strictEqual(net.isIP(input), Number(family), `isIP(${input})`);
    assert.strictEqual(net.isIPv4(input), family === '4', `isIPv4(${input})`);
    assert.strictEqual(net.isIPv6(input), family === '6', `isIPv6(${input})`);
  }
}
