// `tty`: the terminal as a stream. (Node: lib/tty.js.)
//
//     tty.isatty(fd)            is fd a terminal?
//     new tty.ReadStream(fd)    keys from a terminal; setRawMode(flag)
//     new tty.WriteStream(fd)   text to a terminal; columns, rows,
//                               getColorDepth(), cursorTo(), clearLine() ...
//
// Both are HandleStreams (internal/stdio/handle_stream.js) over a TTY handle
// of the `tty_wrap` binding (05-modules/stdio/tty_wrap.cc). process.stdin,
// process.stdout and process.stderr are these when their fd is a terminal.
// A WriteStream is made blocking: each write is on the screen when write()
// returns, so that output and a crash message that follows never
// interleave and nothing is lost when the program exits.
'use strict';

const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
} = require('internal/errors');
const { HandleStream } = require('internal/stdio/handle_stream');
const { errnoException } = require('internal/errors');
const cursor = require('internal/readline/callbacks');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function openTty(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return handle;
}

// ---- ReadStream ----

class ReadStream extends HandleStream {
  constructor(fd, options) {
    const handle = openTty(fd);
    // readableHighWaterMark 0: keys go to the reader as they come.
    super({ readableHighWaterMark: 0, manualStart: true, ...options, handle });
    this.isRaw = false;
    this.isTTY = true;
  }

  // Raw mode: every key at once, without echo or line editing.
  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

// ---- WriteStream ----

class WriteStream extends HandleStream {
  constructor(fd) {
    const handle = openTty(fd);
    super({ readableHighWaterMark: 0, manualStart: true, handle });
    this._handle.setBlocking(true);
    const size = [];
    if (this._handle.getWindowSize(size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  getColorDepth(env) { return getColorDepth(env); }
  hasColors(count, env) { return hasColors(count, env); }

  // Reads the size again; 'resize' if it changed.
  _refreshSize() {
    const size = [];
    const err = this._handle.getWindowSize(size);
    if (err) {
      this.emit('error', errnoException(err, 'getWindowSize'));
      return;
    }
    if (this.columns !== size[0] || this.rows !== size[1]) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  }

  cursorTo(x, y, callback) { return cursor.cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return cursor.moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return cursor.clearLine(this, dir, callback); }
  clearScreenDown(callback) { return cursor.clearScreenDown(this, callback); }
  getWindowSize() { return [this.columns, this.rows]; }
}
WriteStream.prototype.isTTY = true;

module.exports = { isatty, ReadStream, WriteStream };
