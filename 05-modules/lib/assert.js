// `assert`: checks that throw an AssertionError when they fail. (Node:
// lib/assert.js.) The loose functions (equal, deepEqual) compare with ==;
// the strict ones (strictEqual, deepStrictEqual, and everything of
// require('assert/strict')) with Object.is and
// internal/util/comparisons.js.
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const types = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS } } =
  require('internal/errors');

// Throws the AssertionError `options` describe. `generatedMessage`: the
// message was written here, not by the caller.
function innerFail(options, generatedMessage = undefined) {
  if (options.message instanceof Error) throw options.message;
  const error = new AssertionError(options);
  if (generatedMessage !== undefined) error.generatedMessage = generatedMessage;
  throw error;
}

// ---- ok: with no message, Node quotes the expression from the source ----

// "assert.ok(x > 1)" as written at the call site: read from the caller's
// file, from the column V8 reports to the parenthesis that closes the call.
function callSiteExpression(stackStartFn) {
  const original = Error.prepareStackTrace;
  let site;
  try {
    Error.prepareStackTrace = (_, frames) => frames;
    const holder = {};
    Error.captureStackTrace(holder, stackStartFn);
    site = holder.stack[0];
  } finally {
    Error.prepareStackTrace = original;
  }
  const filename = site?.getFileName();
  if (!filename || filename.startsWith('node:') || filename.startsWith('[')) return undefined;
  let source;
  try {
    source = require('fs').readFileSync(filename, 'utf8');
  } catch {
    return undefined;
  }
  const line = source.split('\n')[site.getLineNumber() - 1];
  if (line === undefined) return undefined;
  // V8 points at the called name (`ok` in `assert.ok(x)`): step back over
  // the object it was called on.
  let start = site.getColumnNumber() - 1;
  while (start > 0 && /[\w$.]/.test(line[start - 1])) start--;
  let depth = 0;
  for (let i = line.indexOf('(', start); i !== -1 && i < line.length; i++) {
    if (line[i] === '(') depth++;
    if (line[i] === ')' && --depth === 0) return line.slice(start, i + 1);
  }
  return undefined;
}

function innerOk(fn, argLength, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLength === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const expression = callSiteExpression(fn);
    message = expression === undefined ? 'The expression evaluated to a falsy value' :
      `The expression evaluated to a falsy value:\n\n  ${expression}\n`;
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==',
                                     stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};
assert.ok = ok;
assert.AssertionError = AssertionError;

function checkArgs(count, names) {
  if (count < 2) throw new ERR_MISSING_ARGS(...names);
}

// ---- equality ----

assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq -- loose by definition
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq -- loose by definition
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual',
                stackStartFn: notStrictEqual });
  }
};

// Loose deep equality: == for primitives, and no prototype check.
function isDeepLooseEqual(a, b, seen = new Map()) {
  // eslint-disable-next-line eqeqeq -- loose by definition
  if (a == b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !isDeepLooseEqual(value, b.get(key), seen)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const value of a) if (!b.has(value)) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && isDeepLooseEqual(a[key], b[key], seen));
}

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!isDeepLooseEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (isDeepLooseEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual',
                stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual',
                stackStartFn: notDeepStrictEqual });
  }
};

assert.fail = function fail(message = 'Failed') {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ message, operator: 'fail', stackStartFn: fail });
  error.generatedMessage = message === 'Failed';
  throw error;
};

// ---- throws and rejects ----

// Does `error` satisfy `expected`: a class (instanceof), a RegExp (tested
// on String(error)), a validation function (must return true), or an
// object whose properties must be deeply equal to the error's.
function checkError(error, expected, message, fn) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      const received = error?.constructor?.name ?? typeof error;
      innerFail({
        actual: error, expected, operator: fn.name, stackStartFn: fn,
        message: message ?? `The error is expected to be an instance of "${expected.name}". ` +
          `Received "${received}"\n\nError message:\n\n${error?.message}`,
      }, message === undefined);
    }
    const verdict = Reflect.apply(expected, {}, [error]);
    if (verdict === true) return;
    // The message names what the function returned and, for an Error, what
    // it was given.
    const caught = error instanceof Error ? `\n\nCaught error:\n\n${error}` : '';
    innerFail({ actual: error, expected, operator: fn.name, stackStartFn: fn,
                message: message ?? `The ${expected.name ? `"${expected.name}" ` : ''}validation ` +
                  `function is expected to return "true". Received ${inspect(verdict)}${caught}` },
              message === undefined);
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(error))) return;
    innerFail({ actual: error, expected, operator: fn.name, stackStartFn: fn,
                message: message ?? 'The input did not match the regular expression ' +
                  `${inspect(expected)}. Input:\n\n${inspect(String(error))}\n` },
                message === undefined);
  }
  if (typeof expected === 'object' && expected !== null) {
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      const want = expected[key];
      const got = error?.[key];
      const matches = want instanceof RegExp && typeof got === 'string' ? want.test(got) :
        isDeepStrictEqual(got, want);
      if (!matches) {
        innerFail({ actual: error, expected, operator: fn.name, stackStartFn: fn, message:
          message ?? `Expected values to be strictly deep-equal:\n+ actual - expected\n\n` +
            `  Comparison {\n+   ${key}: ${inspect(got)}\n-   ${key}: ${inspect(want)}\n  }` },
        message === undefined);
      }
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
}

function splitExpected(expected, message) {
  if (typeof expected === 'string') return [undefined, expected];
  return [expected, message];
}

assert.throws = function throws(fn, ...args) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  const [expected, message] = splitExpected(...args);
  let threw = false;
  let error;
  try {
    fn();
  } catch (caught) {
    threw = true;
    error = caught;
  }
  if (!threw) {
    let text = 'Missing expected exception';
    if (expected?.name) text += ` (${expected.name})`;
    text += message ? `: ${message}` : '.';
    innerFail({ actual: undefined, expected, operator: 'throws', message: text,
                stackStartFn: throws });
  }
  checkError(error, expected, message, throws);
};

// doesNotThrow and doesNotReject with an expectation: an error that does
// not match it is not theirs to judge, and goes through as it is.
function matchesExpected(error, expected) {
  if (expected instanceof RegExp) return expected.test(String(error));
  if (typeof expected !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && error instanceof expected) return true;
  if (Error.isPrototypeOf(expected) || expected === Error) return false;
  return Reflect.apply(expected, {}, [error]) === true;
}

function unwanted(error, expected, message, operator, fn) {
  if (expected !== undefined && !matchesExpected(error, expected)) throw error;
  const what = operator === 'doesNotThrow' ? 'exception' : 'rejection';
  innerFail({ actual: error, expected, operator, stackStartFn: fn,
              message: `Got unwanted ${what}${message ? `: ${message}` : '.'}\n` +
                `Actual message: "${error?.message}"` });
}

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  const [expected, message] = splitExpected(...args);
  try {
    fn();
  } catch (error) {
    unwanted(error, expected, message, 'doesNotThrow', doesNotThrow);
  }
};

// The promise that rejects and doesNotReject wait for: the argument itself,
// or what the function given returns, which must be a promise (a thenable
// with catch will do).
function promiseOf(promiseFn) {
  if (typeof promiseFn === 'function') {
    const result = promiseFn();
    if (!types.isPromise(result) && (result === null || typeof result !== 'object' ||
        typeof result.then !== 'function' || typeof result.catch !== 'function')) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', result);
    }
    return result;
  }
  if (types.isPromise(promiseFn)) return promiseFn;
  throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
}

assert.rejects = async function rejects(promiseFn, ...args) {
  const [expected, message] = splitExpected(...args);
  const promise = promiseOf(promiseFn);
  let threw = false;
  let error;
  try {
    await promise;
  } catch (caught) {
    threw = true;
    error = caught;
  }
  if (!threw) {
    let text = 'Missing expected rejection';
    if (expected?.name) text += ` (${expected.name})`;
    text += message ? `: ${message}` : '.';
    innerFail({ actual: undefined, expected, operator: 'rejects', message: text,
                stackStartFn: rejects });
  }
  checkError(error, expected, message, rejects);
};

assert.doesNotReject = async function doesNotReject(promiseFn, ...args) {
  const [expected, message] = splitExpected(...args);
  const promise = promiseOf(promiseFn);
  try {
    await promise;
  } catch (error) {
    unwanted(error, expected, message, 'doesNotReject', doesNotReject);
  }
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  message += typeof err === 'object' && typeof err.message === 'string' ?
    (err.message.length === 0 && err.constructor ? err.constructor.name : err.message) :
    inspect(err);
  const error = new AssertionError({ actual: err, expected: null, operator: 'ifError', message,
                                     stackStartFn: ifError });
  throw error;
};

function matcher(fn, name, wanted) {
  return function match(string, regexp, message) {
    if (!(regexp instanceof RegExp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    if (typeof string !== 'string' || regexp.test(string) !== wanted) {
      if (message instanceof Error) throw message;
      const generated = message === undefined;
      const text = message ?? (typeof string !== 'string' ?
        `The "string" argument must be of type string. Received type ${typeof string} ` +
          `(${inspect(string)})` :
        (wanted ? 'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
      const error = new AssertionError({ actual: string, expected: regexp, message: text,
                                         operator: name, stackStartFn: match });
      error.generatedMessage = generated;
      throw error;
    }
  };
}
assert.match = matcher(null, 'match', true);
assert.doesNotMatch = matcher(null, 'doesNotMatch', false);

// require('assert').strict: the same functions, with every loose one
// replaced by its strict twin.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
