// The helpers of a Node-style test: tests/node/parallel/test-*.js start with
// `const common = require('../common');` and must exit with code 0 on Node
// and on the stage under test (tests/node/run.py runs each on both).
//
// Written for this project in the style of Node's own test/common: the
// same names, so a test reads like one of Node's.
//
//   common.mustCall(fn[, exact])       fn must be called exactly `exact` times
//                                      (default 1) before the process exits
//   common.mustCallAtLeast(fn[, min])  at least `min` times (default 1)
//   common.mustNotCall([message])      a function that fails the test if called
//   common.mustSucceed(fn[, exact])    a callback whose first argument must be
//                                      null or undefined; the rest go to fn
//   common.expectsError(expected[, exact])
//                                      a callback that checks the error it gets
//                                      against `expected` (as assert.throws does)
//   common.platformTimeout(ms)         a delay scaled for slow machines
//   common.isWindows, isLinux, isMacOS
//   common.skip(message)               ends the test early, successfully
'use strict';

const assert = require('assert');
const path = require('path');

const checks = [];  // every mustCall* made, checked when the process exits

function report() {
  const failed = checks.filter((check) => !check.satisfied());
  for (const check of failed) {
    console.error(`Mismatched ${check.name} function calls. Expected ${check.expected}, ` +
                  `actual ${check.actual}.\n${check.stack}`);
  }
  if (failed.length > 0) process.exitCode = 1;
}

// In `process.on('exit', common.mustCall(fn))` the check is made (and
// runChecks moved last) before process.on adds fn's wrapper, so that
// wrapper comes after runChecks. Then the checks wait for the last such
// wrapper: it reports once its own call is counted.
const wrappers = new Set();
let reportAfter = null;

function runChecks() {
  const listeners = process.listeners('exit');
  const later = listeners.slice(listeners.indexOf(runChecks) + 1);
  reportAfter = later.filter((listener) => wrappers.has(listener)).pop() || null;
  if (reportAfter === null) report();
}

function makeCheck(fn, expected, atLeast) {
  // The checks go last among the 'exit' listeners added so far, so that
  // an 'exit' listener made with mustCall is counted before they run.
  process.removeListener('exit', runChecks);
  process.on('exit', runChecks);
  const check = {
    name: fn.name || '<anonymous>',
    expected: atLeast ? `at least ${expected}` : `exactly ${expected}`,
    actual: 0,
    stack: new Error().stack.split('\n').slice(2).join('\n'),
    satisfied: () => (atLeast ? check.actual >= expected : check.actual === expected),
  };
  checks.push(check);
  const checked = function checked(...args) {
    check.actual++;
    try {
      return Reflect.apply(fn, this, args);
    } finally {
      if (reportAfter === checked) report();
    }
  };
  wrappers.add(checked);
  return checked;
}

function noop() {}

function mustCall(fn = noop, exact = 1) {
  if (typeof fn === 'number') [fn, exact] = [noop, fn];
  return makeCheck(fn, exact, false);
}

function mustCallAtLeast(fn = noop, minimum = 1) {
  if (typeof fn === 'number') [fn, minimum] = [noop, fn];
  return makeCheck(fn, minimum, true);
}

function mustNotCall(message = 'function should not have been called') {
  return function mustNotCall(...args) {
    const shown = args.map((arg) => require('util').inspect(arg)).join(', ');
    assert.fail(`${message} at ${new Error().stack.split('\n')[2]?.trim()}` +
                (shown ? `\ncalled with arguments: ${shown}` : ''));
  };
}

function mustSucceed(fn = noop, exact = 1) {
  return mustCall(function succeeded(err, ...args) {
    assert.ifError(err);
    return Reflect.apply(fn, this, args);
  }, exact);
}

function expectsError(expected, exact = 1) {
  return mustCall(function checkError(error) {
    assert.throws(() => { throw error; }, expected);
  }, exact);
}

function platformTimeout(ms) {
  return ms * (process.env.CI ? 3 : 1);
}

function skip(message) {
  console.log(`1..0 # Skipped: ${message}`);
  process.exit(0);
}

module.exports = {
  expectsError,
  isLinux: process.platform === 'linux' || process.platform === undefined,
  isMacOS: false,
  isWindows: false,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  platformTimeout,
  skip,
  fixturesDir: path.join(__dirname, '..', 'fixtures'),
};
