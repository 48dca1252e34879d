// What a promise rejected with no handler does, in each of Node's
// --unhandled-rejections modes. (Node: lib/internal/process/promises.js.)
//
// Stage 02 (02-event-loop/promise_rejections.h) hears of rejections from V8,
// keeps those still without a handler at the end of a drain, numbers them
// (the "rejection id" of the warnings) and hands each to
// handleUnhandledRejection() below; a handler added to one later reaches
// handleRejectionHandled(). The modes differ in what comes before or instead
// of ending the program:
//
//     throw (default)       'unhandledRejection' listeners, else an uncaught
//                           exception: the program ends, code 1
//     strict                an uncaught exception first (only an
//                           'uncaughtException' listener saves the program);
//                           then 'unhandledRejection', else a warning
//     warn                  'unhandledRejection' and always a warning
//     warn-with-error-code  'unhandledRejection', else a warning and exit
//                           code 1 at the end
//     none                  'unhandledRejection' only
//
// A rejection that reached this point and gets a handler later is
// announced as 'rejectionHandled', or without a listener by a
// PromiseRejectionHandledWarning, in every mode.
'use strict';

// The rejections handed over, by promise: their ids, until handled.
const reported = new WeakMap();

// Node's test for an error: an object with its own `stack`.
function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'stack');
}

// The reason as V8 describes a value without running its code
// (v8::Value::ToDetailString), as Node quotes it in messages.
function describe(reason) {
  if (typeof reason === 'symbol') return reason.toString();
  if (typeof reason === 'function') return Function.prototype.toString.call(reason);
  if (typeof reason !== 'object' || reason === null) return String(reason);
  if (Array.isArray(reason)) return '[object Array]';
  const ctor = Object.getPrototypeOf(reason)?.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

// The error an uncaught rejection becomes when its reason is no error.
// unwrapRejection(error): the reason such an error stands for (the REPL
// prints that: `Uncaught 42`); any other value as it is.
const reasons = new WeakMap();
function unwrapRejection(error) {
  return error !== null && typeof error === 'object' && reasons.has(error) ?
    reasons.get(error) : error;
}
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
          'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
          `promise rejected with the reason "${describe(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
    reasons.set(this, reason);
  }
}

function warningWithoutStack(name, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  warning.name = name;
  return warning;
}

// Two warnings, as Node prints them: the reason, then what to do about it.
function warnUnhandled(id, reason) {
  const name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(isErrorLike(reason) ? reason.stack : describe(reason), name);
  process.emitWarning(warningWithoutStack(name,
    'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    '.catch(). To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`));
}

// `mode` is the command line's; handleUncaughtException(error, origin) is
// node.js's (true when a listener took the error); endProgram() runs what
// comes before stage 02 ends the program, and returns false.
function createRejectionHandlers(mode, handleUncaughtException, endProgram) {
  const emit = (reason, promise) => process.emit('unhandledRejection', reason, promise);
  const asError = (reason) => (isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason));
  // In a worker the reason goes to the parent's 'error' event (through
  // handleUncaughtException), as an error of Node's own class.
  const inWorker = () => require('internal/worker/state').onFatal !== undefined;
  const uncaught = (reason) => {
    if (process.listenerCount('uncaughtException') === 0 &&
        !process.hasUncaughtExceptionCaptureCallback() && !inWorker()) {
      return endProgram();
    }
    return handleUncaughtException(asError(reason), 'unhandledRejection');
  };

  // True when the program goes on; false: stage 02 ends it with the reason.
  function handleUnhandledRejection(reason, promise, id) {
    reported.set(promise, id);
    switch (mode) {
      case 'none':
        emit(reason, promise);
        return true;
      case 'warn':
        emit(reason, promise);
        warnUnhandled(id, reason);
        return true;
      case 'warn-with-error-code':
        if (!emit(reason, promise)) {
          warnUnhandled(id, reason);
          process.exitCode = 1;
        }
        return true;
      case 'strict':
        if (!uncaught(reason)) return false;
        if (!emit(reason, promise)) warnUnhandled(id, reason);
        return true;
      default:  // 'throw'
        return emit(reason, promise) || uncaught(reason);
    }
  }

  function handleRejectionHandled(promise) {
    const id = reported.get(promise);
    if (id === undefined) return;  // handled before it was reported
    reported.delete(promise);
    if (process.emit('rejectionHandled', promise)) return;
    const warning = warningWithoutStack('PromiseRejectionHandledWarning',
      `Promise rejection was handled asynchronously (rejection id: ${id})`);
    warning.id = id;
    process.emitWarning(warning);
  }

  return { handleUnhandledRejection, handleRejectionHandled };
}

module.exports = { createRejectionHandlers, UnhandledPromiseRejection, unwrapRejection };
