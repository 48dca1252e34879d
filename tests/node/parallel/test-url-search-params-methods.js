'use strict';
// get/getAll/has/set/delete/sort/size, including the value arguments of
// has and delete.
require('../common');
const assert = require('assert');
const params = new URLSearchParams('b=2&a=1&b=3&c');
assert.strictEqual(params.size, 4);
assert.strictEqual(params.get('b'), '2');
assert.strictEqual(params.get('none'), null);
assert.deepStrictEqual(params.getAll('b'), ['2', '3']);
assert.strictEqual(params.has('b', '3'), true);
assert.strictEqual(params.has('b', '4'), false);
params.delete('b', '2');
assert.strictEqual(params.toString(), 'a=1&b=3&c=');
params.set('a', 'one');
params.set('z', 'last');
params.sort();
assert.strictEqual(params.toString(), 'a=one&b=3&c=&z=last');
assert.throws(() => params.get(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URLSearchParams.prototype.has.call({}, 'a'), { code: 'ERR_INVALID_THIS' });
