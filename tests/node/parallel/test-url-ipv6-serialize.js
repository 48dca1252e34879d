'use strict';
// IPv6 hosts come out in the shortest form: lower-case hex, no leading
// zeros, the first longest run of zeros as ::, embedded IPv4 as hex.
require('../common');
const assert = require('assert');
const cases = {
  '[0:0:0:0:0:0:0:1]': '[::1]', '[2001:DB8:0:0:1:0:0:1]': '[2001:db8::1:0:0:1]',
  '[1:0:0:2:0:0:0:3]': '[1:0:0:2::3]', '[::ffff:192.168.0.1]': '[::ffff:c0a8:1]',
  '[0001:0002:0003:0004:0005:0006:0007:0008]': '[1:2:3:4:5:6:7:8]', '[1:0::]': '[1::]',
  '[::]': '[::]', '[1:0:1:0:1:0:1:0]': '[1:0:1:0:1:0:1:0]',
};
for (const [input, expected] of Object.entries(cases)) {
  const url = new URL(`http://${input}:81/`);
  assert.strictEqual(url.hostname, expected);
  assert.strictEqual(url.host, `${expected}:81`);
}
for (const bad of ['[1::2::3]', '[1:2:3:4:5:6:7:8:9]', '[::1.2.3]', '[::01.2.3.4]', '[g::]'])
  assert.throws(() => new URL(`http://${bad}/`), { code: 'ERR_INVALID_URL' });
