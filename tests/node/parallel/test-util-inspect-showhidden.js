'use strict';
// util.inspect's showHidden: non-enumerable properties in brackets, such as
// an array's length.
require('../common');
const assert = require('assert');
const util = require('util');

const obj = { visible: 1 };
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
assert.strictEqual(util.inspect(obj), '{ visible: 1 }');
assert.strictEqual(util.inspect(obj, { showHidden: true }), '{ visible: 1, [hidden]: 2 }');
assert.strictEqual(util.inspect([1, 2], { showHidden: true }), '[ 1, 2, [length]: 2 ]');
assert.strictEqual(util.inspect([], { showHidden: true }), '[ [length]: 0 ]');
// Symbol keys are shown when enumerable, whatever showHidden says.
assert.strictEqual(util.inspect({ [Symbol('k')]: 1 }), '{ [Symbol(k)]: 1 }');
