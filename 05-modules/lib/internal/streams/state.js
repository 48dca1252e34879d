// How full a stream's buffer may get before it says "stop": the
// highWaterMark. (Node: lib/internal/streams/state.js.)
//
// A byte stream counts bytes (default 16 KiB); an object-mode stream counts
// chunks (default 16). The mark is a threshold, not a limit: push() and
// write() still accept data above it, they only return false so the
// producer knows it should wait. stream.setDefaultHighWaterMark changes the
// defaults for streams made afterwards.
'use strict';

const { validateNumber } = require('internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateNumber(value, 'value', 0, Number.MAX_SAFE_INTEGER);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark wins; a Duplex may instead give one mark per side
// (readableHighWaterMark, writableHighWaterMark).
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return Math.floor(hwm);
}

module.exports = { getDefaultHighWaterMark, getHighWaterMark, setDefaultHighWaterMark };
