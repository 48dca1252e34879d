'use strict';
// util.parseArgs: short groups, inline and separate values, multiple,
// defaults, the option terminator, and the tokens behind the result.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  all: { type: 'boolean', short: 'a' },
  out: { type: 'string', short: 'o', default: 'out.txt' },
  inc: { type: 'string', short: 'I', multiple: true },
};
const { values, positionals, tokens } = parseArgs({
  args: ['-aIinc1', '--inc', 'inc2', 'file', '--', '-a'],
  options, allowPositionals: true, tokens: true,
});
assert.deepStrictEqual({ ...values }, { all: true, inc: ['inc1', 'inc2'], out: 'out.txt' });
assert.strictEqual(Object.getPrototypeOf(values), null);
assert.deepStrictEqual(positionals, ['file', '-a']);
assert.deepStrictEqual(tokens.map((t) => [t.kind, t.name ?? t.value, t.index]), [
  ['option', 'all', 0],
  ['option', 'inc', 0],
  ['option', 'inc', 1],
  ['positional', 'file', 3],
  ['option-terminator', undefined, 4],
  ['positional', '-a', 5],
]);
assert.strictEqual(tokens[1].inlineValue, true);
assert.strictEqual(tokens[2].inlineValue, false);

const negated = parseArgs({ args: ['--no-all'], options, allowNegative: true });
assert.strictEqual(negated.values.all, false);
