'use strict';
// An error thrown by a custom inspect method comes out of util.inspect
// (and util.format) rather than being hidden.
require('../common');
const assert = require('assert');
const util = require('util');

const broken = { [util.inspect.custom]() { throw new Error('inside custom inspect'); } };
assert.throws(() => util.inspect(broken), { message: 'inside custom inspect' });
assert.throws(() => util.inspect({ nested: broken }), { message: 'inside custom inspect' });
assert.throws(() => util.format('%O', broken), { message: 'inside custom inspect' });
