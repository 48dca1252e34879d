'use strict';

// readline.cursorTo, moveCursor, clearLine, clearScreenDown: each writes one
// ANSI control sequence (ECMA-48) to a stream. (Node:
// lib/internal/readline/callbacks.js; tty.WriteStream has them as methods.)
// They are all a terminal needs to redraw
// a line in place: go to column x (CSI x G), move by rows or columns
// (CSI n A/B/C/D), erase part of the line (CSI n K) or the screen below the
// cursor (CSI 0 J). Columns and rows count from 1 on the wire, from 0 here.
// Each returns what stream.write returned, so a caller can wait for 'drain'.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

// With no stream there is nothing to write; the callback still runs, later.
function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToDo(callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y === 'number' ? CSI`${y + 1};${x + 1}H` : CSI`${x + 1}G`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  let data = '';
  if (dx) data += dx < 0 ? CSI`${-dx}D` : CSI`${dx}C`;
  if (dy) data += dy < 0 ? CSI`${-dy}A` : CSI`${dy}B`;
  return stream.write(data, callback);
}

// dir < 0: from the line's start to the cursor; dir > 0: from the cursor to
// the end; 0: the whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  const data = dir < 0 ? CSI.kClearToLineBeginning :
    dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
  return stream.write(data, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
