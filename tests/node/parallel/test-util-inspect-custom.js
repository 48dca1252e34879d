'use strict';
// An object's [util.inspect.custom](depth, options, inspect) decides how
// it prints; a string it returns is used as is, anything else is inspected.
// (The third argument, inspect itself: known_failures/test-util-inspect-custom-inspect-arg.js.)
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

const plain = { [util.inspect.custom]: () => 'PLAIN' };
assert.strictEqual(util.inspect(plain), 'PLAIN');
assert.strictEqual(util.inspect({ inner: plain }), '{ inner: PLAIN }');

const returnsObject = { [util.inspect.custom]: () => ({ replaced: true }) };
assert.strictEqual(util.inspect(returnsObject), '{ replaced: true }');

const withArgs = {
  [util.inspect.custom]: common.mustCall(function(depth, options) {
    assert.strictEqual(this, withArgs);
    assert.strictEqual(depth, 2);
    assert.strictEqual(typeof options, 'object');
    assert.strictEqual(options.depth, 2);
    return 'ok';
  }),
};
assert.strictEqual(util.inspect(withArgs), 'ok');

// Depth counts down as the printer goes in.
const seen = [];
const probe = { [util.inspect.custom](depth) { seen.push(depth); return 'p'; } };
util.inspect({ a: { b: probe } });
assert.deepStrictEqual(seen, [0]);

// customInspect: false turns it off.
assert.strictEqual(util.inspect(plain, { customInspect: false }),
                   '{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}');
