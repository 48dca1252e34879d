'use strict';
// process.cpuUsage(): microseconds of user and system time, never going
// back, and differences against an earlier reading; bad readings are
// refused with Node's errors.
require('../common');
const assert = require('assert');

const first = process.cpuUsage();
assert.deepStrictEqual(Object.keys(first), ['user', 'system']);
for (let i = 0; i < 1e5; i++) Math.sqrt(i);
const second = process.cpuUsage();
assert.ok(second.user >= first.user);
assert.ok(second.system >= first.system);

const diff = process.cpuUsage(first);
assert.ok(diff.user >= 0 && diff.system >= 0);
assert.ok(diff.user <= process.cpuUsage().user);

assert.throws(() => process.cpuUsage(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => process.cpuUsage({ user: 'x', system: 0 }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"prevValue\.user" property/ });
assert.throws(() => process.cpuUsage({ user: 0 }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"prevValue\.system" property/ });
for (const bad of [-1, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2]) {
  assert.throws(() => process.cpuUsage({ user: bad, system: 0 }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
}
