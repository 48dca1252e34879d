'use strict';
// process.setUncaughtExceptionCaptureCallback(fn): fn takes every uncaught
// exception (from a callback, or a rejected promise, wrapped when it is no
// error) before any 'uncaughtException' listener, which is then not called;
// one callback at a time; null gives exceptions back to the listeners.
const common = require('../common');
const assert = require('assert');

process.on('uncaughtException', common.mustCall((error) => {
  assert.strictEqual(error.message, 'after the capture');
}));
const monitored = [];
process.on('uncaughtExceptionMonitor', (error, origin) => monitored.push(origin));

const captured = [];
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.setUncaughtExceptionCaptureCallback((error) => captured.push(error));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  name: 'Error',
});
assert.throws(() => process.setUncaughtExceptionCaptureCallback(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

setTimeout(() => { throw new Error('from a timer'); }, 1);
Promise.reject(new RangeError('rejected'));
Promise.reject(42);

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(captured.map((e) => e.name),
                         ['RangeError', 'UnhandledPromiseRejection', 'Error']);
  assert.strictEqual(captured[1].code, 'ERR_UNHANDLED_REJECTION');
  assert.deepStrictEqual(monitored,
                         ['unhandledRejection', 'unhandledRejection', 'uncaughtException']);
  process.setUncaughtExceptionCaptureCallback(null);
  assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
  process.nextTick(() => { throw new Error('after the capture'); });
}), 30);
