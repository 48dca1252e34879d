// Moving the cursor and clearing a terminal: ANSI escape sequences written
// to a stream. (Node: lib/internal/readline/callbacks.js; readline exports
// the same four functions, tty.WriteStream has them as methods.)
//
//     ESC [ row ; col H   go to (col, row), 1-based     ESC [ col G   go to col
//     ESC [ n C / D       n right / left                ESC [ n A / B  up / down
//     ESC [ 1K / 0K / 2K  clear left of / right of / the whole line
//     ESC [ 0J            clear from the cursor to the end of the screen
//
// Each returns what stream.write() returned; with no stream (or nothing to
// do) it returns true and calls `callback` on the next tick.
'use strict';

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const CSI = '\x1b[';

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
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

// dir < 0: to the left of the cursor; > 0: to the right; 0: the whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  const data = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(data, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  return stream.write(`${CSI}0J`, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
