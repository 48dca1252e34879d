'use strict';
// util.parseArgs in strict mode: Node's ERR_PARSE_ARGS_* errors; and the
// checks of the configuration itself.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = { name: { type: 'string', short: 'n' }, quiet: { type: 'boolean' } };
assert.throws(() => parseArgs({ args: ['--nope'], options }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', name: 'TypeError', message: "Unknown option '--nope'",
});
assert.throws(() => parseArgs({ args: ['-x'], options, allowPositionals: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: /place it at the end of the command after '--'/,
});
assert.throws(() => parseArgs({ args: ['extra'], options }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'extra'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['-n'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-n, --name <value>' argument missing",
});
assert.throws(() => parseArgs({ args: ['--quiet=1'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--quiet' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['--name', '--quiet'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: /argument is ambiguous/,
});
assert.deepStrictEqual(parseArgs({ args: ['--name=--quiet'], options }).values.name, '--quiet');
assert.deepStrictEqual(parseArgs({ args: ['--x', 'y'], strict: false }).positionals, ['y']);

assert.throws(() => parseArgs({ args: [], options: { a: { type: 'int' } } }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', short: 'ab' } } }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'boolean', default: 'no' } } }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options\.a\.default"/ });
assert.throws(() => parseArgs({ args: 'a b' }), { code: 'ERR_INVALID_ARG_TYPE' });
