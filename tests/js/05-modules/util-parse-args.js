// util.parseArgs: tokens, short groups, string values, multiple, defaults,
// negation, strict mode's errors and the validation of the configuration.
'use strict';
const { parseArgs, inspect } = require('util');

function show(label, config) {
  try {
    console.log(label, inspect(parseArgs(config), { depth: 4, breakLength: 120 }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  count: { type: 'boolean', short: 'c', multiple: true },
};
show('basic', { args: ['--verbose', '-f', 'a.txt', '--tag=x', '-ty'], options });
show('group', { args: ['-vcc', '-fvalue'], options, tokens: true });
show('group-string-last', { args: ['-vf', 'name'], options, tokens: true });
show('group-string-rest', { args: ['-vfname'], options });
show('terminator', { args: ['-v', '--', '--file', 'x'], options, allowPositionals: true,
                     tokens: true });
show('positionals', { args: ['a', '-v', 'b'], options, allowPositionals: true });
show('defaults', { args: [], options: { s: { type: 'string', default: 'd' },
                                        b: { type: 'boolean', default: false },
                                        m: { type: 'string', multiple: true, default: ['q'] } } });
show('default-overridden', { args: ['--s', 'given'], options: { s: { type: 'string', default: 'd' } } });
show('negative', { args: ['--no-verbose'], options, allowNegative: true, tokens: true });
show('negative-unknown', { args: ['--no-file'], options, allowNegative: true });
show('negative-value', { args: ['--no-verbose=1'], options, allowNegative: true });
show('loose', { args: ['--anything=1', '-xyz', '--flag', 'pos', '--proto', '--__proto__'], strict: false });
show('loose-tokens', { args: ['-ab', '--c=d'], strict: false, tokens: true });

// strict mode's errors
show('unknown-long', { args: ['--nope'], options });
show('unknown-short', { args: ['-n'], options });
show('unknown-with-positionals', { args: ['-n'], options, allowPositionals: true });
show('unexpected-positional', { args: ['pos'], options });
show('missing-value', { args: ['--file'], options });
show('missing-value-short', { args: ['-f'], options });
show('boolean-with-value', { args: ['--verbose=yes'], options });
show('ambiguous-long', { args: ['--file', '-v'], options });
show('ambiguous-short', { args: ['-f', '--verbose'], options });
show('dash-value-inline', { args: ['--file=-v'], options });
show('short-equals', { args: ['-v=1'], options });

// the configuration
show('args-type', { args: 'x' });
show('strict-type', { args: [], strict: 'yes' });
show('positionals-type', { args: [], allowPositionals: 1 });
show('tokens-type', { args: [], tokens: null, options: {} });
show('options-type', { args: [], options: [] });
show('option-type', { args: [], options: { a: true } });
show('option-kind', { args: [], options: { a: { type: 'number' } } });
show('short-type', { args: [], options: { a: { type: 'boolean', short: 1 } } });
show('short-length', { args: [], options: { a: { type: 'boolean', short: 'ab' } } });
show('multiple-type', { args: [], options: { a: { type: 'boolean', multiple: 'no' } } });
show('default-type', { args: [], options: { a: { type: 'string', default: 1 } } });
show('default-array', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } });
show('inherited-option', { args: ['--toString'], options: Object.create({ toString: { type: 'boolean' } }) });
console.log(typeof parseArgs, parseArgs.name);
