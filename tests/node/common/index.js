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

function runChecks() {
  const failed = checks.filter((check) => !check.satisfied());
  for (const check of failed) {
    console.error(`Mismatched ${check.name} function calls. Expected ${check.expected}, ` +
                  `actual ${check.actual}.\n${check.stack}`);
  }
  if (failed.length > 0) process.exitCode = 1;
}

function makeCheck(fn, expected, atLeast) {
  // The check goes last among the 'exit' listeners, so that an 'exit'
  // listener made with mustCall is counted before it runs.
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
  return function checked(...args) {
    check.actual++;
    return Reflect.apply(fn, this, args);
  };
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
