// What the http modules share and nobody else needs: their error codes, the
// cached Date header, and the symbols that name an outgoing message's
// private state. (Node: lib/internal/http.js, and the ERR_HTTP_* entries of
// lib/internal/errors.js.)
//
// The codes are registered here, through 05's errors.js `E()`, rather than
// being added to 05's list: stage 05 knows nothing of HTTP (DESIGN rule 2),
// and `E` is the extension point it offers, as Node's errors.js exports it.
'use strict';

const { E } = require('internal/errors');

E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (bodyLength, contentLength) =>
  `Response body's content-length of ${bodyLength} byte(s) does not match the ` +
  `content-length of ${contentLength} byte(s) set in header`, Error);
E('ERR_HTTP_HEADERS_SENT', (action) =>
  `Cannot ${action} headers after they are sent to the client`, Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', (value, name) =>
  `Invalid value "${value}" for header "${name}"`, TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', (code) => `Invalid status code: ${code}`, RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_CHAR', (name, field = undefined) => (field === undefined ?
  `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`), TypeError);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`,
  TypeError);
E('ERR_INVALID_PROTOCOL', (protocol, expected) =>
  `Protocol "${protocol}" not supported. Expected "${expected}"`, TypeError);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);

// A Date header costs a Date object and a string; a busy server answers
// thousands of requests a second, so the string is made once and dropped
// by an unref'd timer at most a second later.
let cachedDate;
function utcDate() {
  if (cachedDate === undefined) {
    cachedDate = new Date().toUTCString();
    const timer = setTimeout(() => { cachedDate = undefined; }, 1000 - new Date().getMilliseconds());
    if (timer && typeof timer.unref === 'function') timer.unref();
  }
  return cachedDate;
}

// "socket hang up" and "aborted": an ECONNRESET made in JS, as Node makes it.
function connResetException(message) {
  const error = new Error(message);
  error.code = 'ECONNRESET';
  return error;
}

module.exports = {
  connResetException,
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  utcDate,
};
