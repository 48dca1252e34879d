// structuredClone(value, { transfer }): the Web platform's deep copy, as
// Node 20 defines the global. (Node: lib/internal/structured_clone.js.)
//
// The copy itself is V8's serializer, behind the `messaging` binding
// (05-modules/messaging.cc): the same bytes a worker's postMessage() sends.
// Here are Node's checks of the arguments and the error for what cannot
// be cloned, a DOMException named DataCloneError.
'use strict';

const { structuredClone: cloneNative } = internalBinding('messaging');

// Node 20's structuredClone is native, and so are its errors: a TypeError
// with an own `code` and a message of its own (no quotes around "value").
function nativeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

function makeCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

// The transfer list: any iterable, of ArrayBuffers only (no MessagePort can
// exist yet in this runtime).
function transferList(transfer) {
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer[Symbol.iterator] !== 'function') {
    throw nativeError('ERR_INVALID_ARG_TYPE',
                      'Optional transferList argument must be an iterable');
  }
  const list = [...transfer];
  for (const item of list) {
    if (!(item instanceof ArrayBuffer)) {
      throw nativeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  return list;
}

// Its length is 0, as Node's: both parameters have defaults.
function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nativeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw nativeError('ERR_INVALID_ARG_TYPE',
                      'The options argument must be either an object or undefined');
  }
  return cloneNative(value, transferList(options?.transfer), makeCloneError);
}

module.exports = { structuredClone };
