'use strict';

// readline.emitKeypressEvents(stream): make a readable stream of terminal
// bytes also emit 'keypress' (str, key) events. (Node:
// lib/internal/readline/emitKeypressEvents.js.)
//
// Bytes go through a StringDecoder (a UTF-8 character may be split between
// two reads), then one character at a time into the decodeKeys generator of
// internal/readline/utils.js, which emits the keypresses. The decoder is only
// fed while someone listens for 'keypress', so a stream nobody reads keys
// from is not consumed for nothing.
//
// Two details matter to an Interface (`iface`):
// - A lone ESC at the end of a chunk may be the Escape key or the start of a
//   sequence whose rest is still on the wire: after escapeCodeTimeout ms
//   without more bytes, the decoder is told so (next('')).
// - A chunk of many characters is a paste (or a test writing a string).
//   iface.isCompletionEnabled is false for all but its last character, so
//   that a pasted tab is inserted, not completed, and characters are echoed
//   without redrawing the line for each.

const { StringDecoder } = require('string_decoder');
const { charLengthAt, decodeKeys, kEscape } = require('internal/readline/utils');

const kDecoder = Symbol('keypress-decoder');
const kKeys = Symbol('escape-decoder');
const kSawKeyPress = Symbol('_sawKeyPress');
const kEscapeCodeTimeout = 500;

function startDecoder(stream) {
  stream[kKeys] = decodeKeys(stream);
  stream[kKeys].next();
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  const timeout = iface.escapeCodeTimeout === undefined ? kEscapeCodeTimeout :
    iface.escapeCodeTimeout;
  let timer;

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {  // nobody listens any more
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kDecoder].write(chunk);
    if (!string) return;
    clearTimeout(timer);
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let seen = 0;
    for (const ch of string) {
      seen += ch.length;
      if (seen === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kKeys].next(ch);
      } catch (err) {
        startDecoder(stream);  // a 'keypress' listener threw: start afresh
        throw err;
      }
      if (seen === string.length && ch === kEscape) {
        timer = setTimeout(() => stream[kKeys].next(''), timeout);
      }
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
module.exports.kSawKeyPress = kSawKeyPress;
