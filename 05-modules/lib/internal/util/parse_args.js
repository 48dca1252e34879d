// util.parseArgs: a command line's options and positionals, as Node 20
// reads them. (Node: lib/internal/util/parse_args/parse_args.js.)
//
// Two passes. The first cuts the arguments into *tokens* without judging
// them:
//
//     -f            a lone short option; takes the next argument as its
//                   value if the option is a string
//     -abc          a group of short options, expanded to -a -b -c (a string
//                   option takes the rest of the group as its value: -cVAL)
//     --foo         a long option; a string takes the next argument
//     --foo=bar     a long option with its value inline
//     --            the end of options: everything after is positional
//     anything else a positional
//
// The second pass checks each token against the configuration (in strict
// mode: unknown options, missing or unwanted values, values that look like
// options) and stores it. Finally defaults fill what was not given. With
// `tokens: true` the tokens are returned as well, for programs that want to
// add their own rules.
'use strict';

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL, ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = require('internal/errors').codes;
const { validateArray, validateObject, validateString } = require('internal/validators');

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// An own property only: an option named "constructor" or "toString" must not
// find Object.prototype's.
function ownValue(object, key) {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function optionProperty(options, longOption, property) {
  return Object.hasOwn(options, longOption) ? ownValue(options[longOption], property) : undefined;
}

function longOptionFor(shortOption, options) {
  for (const [longOption, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === shortOption) return longOption;
  }
  return shortOption;  // unknown: the letter stands for itself
}

const isString = (options, longOption) => optionProperty(options, longOption, 'type') === 'string';
const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg.startsWith('--');
const startsShortGroup = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
// A value that starts with a dash is taken, but strict mode asks for the
// inline form then: "--foo -x" is more likely a forgotten value.
const looksLikeOption = (value) => value != null && value.length > 1 && value[0] === '-';

// The first pass.
function argsToTokens(args, options) {
  const tokens = [];
  const remaining = [...args];
  let index = -1;
  let expandedLeft = 0;  // arguments of an expanded group share its index
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg) || (isLongOption(arg) && !arg.includes('=', 3))) {
      const name = arg.length === 2 ? longOptionFor(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (isString(options, name) && next !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }
    if (startsShortGroup(arg)) {
      const name = longOptionFor(arg[1], options);
      if (isString(options, name)) {  // -fVALUE
        tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2),
                      inlineValue: true });
        continue;
      }
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        if (!isString(options, longOptionFor(letter, options)) || i === arg.length - 1) {
          expanded.push(`-${letter}`);
        } else {
          expanded.push(`-${letter}${arg.slice(i + 1)}`);  // the rest is its value
          break;
        }
      }
      remaining.unshift(...expanded);
      expandedLeft = expanded.length;
      continue;
    }
    if (isLongOption(arg)) {  // --foo=bar
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
                    value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// --no-foo for a boolean foo, with allowNegative: the token is renamed, and
// its value becomes false. Strict mode knows only negations of booleans.
function negate(token, options, strict) {
  if (!token.name.startsWith('no-') || Object.hasOwn(options, token.name)) return false;
  const name = token.name.slice(3);
  if (strict && optionProperty(options, name, 'type') !== 'boolean') return false;
  token.name = name;
  return true;
}

function checkUsage(token, options, allowPositionals) {
  if (!Object.hasOwn(options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const short = optionProperty(options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionProperty(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  if (!token.inlineValue && looksLikeOption(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;  // values has no prototype to set
  if (optionProperty(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [value];
    else values[name].push(value);
  } else {
    values[name] = value;
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [longOption, config] of Object.entries(options)) {
    const at = `options.${longOption}`;
    validateObject(config, at);
    const type = ownValue(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`${at}.type`, "('string|boolean')", type);
    }
    if (Object.hasOwn(config, 'short')) {
      validateString(config.short, `${at}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${at}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `${at}.multiple`);
    if (Object.hasOwn(config, 'default')) {
      const check = type === 'string' ? validateString : validateBoolean;
      const value = config.default;
      if (multiple) {
        validateArray(value, `${at}.default`);
        value.forEach((item, i) => check(item, `${at}.default[${i}]`));
      } else {
        check(value, `${at}.default`);
      }
    }
  }
}

// The script's own arguments: after the program, and after the script
// unless the code came from -e or -p.
function mainArgs() {
  const fromEval = process.execArgv.some((arg) =>
    arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print');
  return process.argv.slice(fromEval ? 1 : 2);
}

function parseArgs(config = {}) {
  // Node reads only own properties of config, and does not check its type.
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? {};
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = argsToTokens(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      const negated = allowNegative && negate(token, options, strict);
      if (strict) checkUsage(token, options, allowPositionals);
      store(values, options, token.name, negated && token.value === undefined ? false :
        token.value ?? true);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    }
  }
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (Object.hasOwn(optionConfig, 'default') && values[longOption] === undefined &&
        longOption !== '__proto__') {
      values[longOption] = optionConfig.default;
    }
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
