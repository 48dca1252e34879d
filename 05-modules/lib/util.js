// `util`: the helpers every Node program reaches for. (Node: lib/util.js.)
//
// format and inspect are stage 01's printer (see internal/util/inspect.js);
// the rest is JavaScript: promisify and callbackify convert between the two
// styles of asynchronous function, inherits and deprecate are the classic
// helpers of Node's early days, types asks V8 what a value is.
'use strict';

const { format: formatNative } = internalBinding('inspect_printer');
const { inspect } = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION } } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateOneOf, validateString,
} = require('internal/validators');

function format(...args) {
  return formatNative(undefined, inspect, ...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatNative(inspectOptions, inspect, ...args);
}

// ---- promisify and callbackify ----

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

// f(...args, (err, value) => ...) becomes (...args) => a promise of value.
function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const custom = original[kCustomPromisify];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisify, { value: custom, enumerable: false,
                                                             writable: false, configurable: true });
  }
  const argumentNames = original[require('internal/util/custom_promisify_args')];
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames === undefined) return resolve(values[0]);
        const result = {};
        argumentNames.forEach((name, i) => { result[name] = values[i]; });
        resolve(result);
      }]);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisify, { value: promisified, enumerable: false,
                                                         writable: false, configurable: true });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// (...args) => a promise becomes f(...args, (err, value) => ...). A promise
// rejected with a falsy reason becomes an Error whose `reason` holds it.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => {
        if (!reason) {
          const wrapped = new ERR_FALSY_VALUE_REJECTION(reason);
          wrapped.reason = reason;
          reason = wrapped;
        }
        process.nextTick(callback, reason);
      });
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
  return callbackified;
}

// ---- the classic helpers ----

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();

// A wrapper that emits a DeprecationWarning the first time it is called
// (once per code, when there is one).
function deprecate(fn, message, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        process.emitWarning(message, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// NODE_DEBUG=net,http turns on util.debuglog('net') and ('http').
function debuglog(section, callback) {
  const enabled = (process.env.NODE_DEBUG || '').split(/[\s,]+/)
    .some((name) => name && new RegExp(`^${name.replace(/\*/g, '.*')}$`, 'i').test(section));
  const prefix = `${section.toUpperCase()} ${process.pid}:`;
  const logger = enabled ? (...args) => console.error(prefix, format(...args)) : () => {};
  Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true });
  if (typeof callback === 'function') callback(logger);
  return logger;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  return internalBinding('uv').errname(err);
}

// The terminal's control sequences, as Node 20 recognises them: ESC or CSI,
// then either an OSC-like string ended by BEL, ESC \ or ST, or numeric
// parameters and a final letter (colours, cursor moves, erasing).
const ansiStart = '[\\u001B\\u009B][[\\]()#;?]*';
const ansiParameter = '[-a-zA-Z\\d\\/\\#&.:=?%@~_]';
const ansiString = `(?:(?:(?:;${ansiParameter}+)*|[a-zA-Z\\d]+(?:;${ansiParameter}*)*)?` +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))';
const ansiCommand = '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])';
const ansi = new RegExp(`${ansiStart}(?:${ansiString}|${ansiCommand})`, 'g');
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansi, '');
}

// ---- styleText: text in the colours of util.inspect.colors ----

function sgr(code) {
  return `\u001b[${code}m`;
}

// The codes [on, off] of one style name, or ERR_INVALID_ARG_VALUE listing
// the names there are.
function styleCodes(name) {
  const codes = inspect.colors[name];
  if (codes == null) validateOneOf(name, 'format', Object.keys(inspect.colors));
  return codes;
}

// styleText(format, text, { validateStream, stream }): `text` between the
// codes of `format` (a style name or a list of them, applied outside in),
// unless `stream` (process.stdout by default) shows no colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !require('internal/streams/utils').isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }
  let on = '';
  let off = '';
  for (const name of Array.isArray(format) ? format : [format]) {
    const [start, end] = styleCodes(name);
    on += sgr(start);
    off = sgr(end) + off;
  }
  if (validateStream && !Array.isArray(format) &&
      !require('internal/util/colors').shouldColorize(stream)) {
    return text;
  }
  return `${on}${text}${off}`;
}

function toUSVString(input) {
  return String(input).toWellFormed ? String(input).toWellFormed() :
    String(input).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                          '\uFFFD');
}

// Loaded on first use: few programs parse their arguments with util.
function parseArgs(config = undefined) {
  return require('internal/util/parse_args').parseArgs(config);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

module.exports = {
  _extend,
  callbackify,
  debuglog,
  debug: debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (value) => typeof value === 'boolean',
  isBuffer: (value) => Buffer.isBuffer(value),
  isDate: types.isDate,
  isDeepStrictEqual,
  isError: (value) => types.isNativeError(value) || value instanceof Error,
  isFunction: (value) => typeof value === 'function',
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === null || value === undefined,
  isNumber: (value) => typeof value === 'number',
  isObject: (value) => value !== null && typeof value === 'object',
  isPrimitive: (value) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
  isRegExp: types.isRegExp,
  isString: (value) => typeof value === 'string',
  isSymbol: (value) => typeof value === 'symbol',
  isUndefined: (value) => value === undefined,
  parseArgs,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
  TextDecoder,
  TextEncoder,
};
