// HandleStream: a Duplex over a stream handle of the bindings (Pipe, TTY;
// TCP has the same methods). The part of Node's net.Socket that the
// standard streams need. The reading, writing and shutting down are
// net.Socket's own code, internal/stream_base_commons.js; what is left here
// is the small Duplex around it, without connecting, addresses or an idle
// timer. (Node: lib/net.js Socket, which process.stdout is when fd 1 is a
// pipe, and which tty.ReadStream and tty.WriteStream extend.)
//
//     new HandleStream({ handle, readable, writable, manualStart })
//
//   reading   _read() starts the handle reading; onStreamRead pushes what
//             comes and stops the handle when the buffer is full.
//             manualStart: nothing is read until the first read() or
//             'data' listener (process.stdin must not take bytes it was
//             never asked for).
//   writing   _write() hands each chunk to the handle (writeGeneric);
//             _final() shuts the write side down.
//   closing   _destroy() closes the handle; 'close' follows libuv's close
//             callback, with `hadError`, as a socket's does.
'use strict';

const { Duplex } = require('stream');
const { errnoException } = require('internal/errors');
const {
  kAfterAsyncWrite, kHandle, kUpdateTimer, onStreamRead, owner_symbol, shutdownGeneric,
  writeGeneric,
} = require('internal/stream_base_commons');

class HandleStream extends Duplex {
  constructor(options) {
    const { handle, manualStart = false } = options;
    super({
      ...options,
      allowHalfOpen: true,  // the end of reading does not end writing (a socket's choice)
      decodeStrings: false,  // strings go to the handle as they are
      emitClose: false,  // 'close' comes from the handle's close
      autoDestroy: true,
    });
    this._handle = handle;
    handle[owner_symbol] = this;
    handle.onread = onStreamRead;
    handle.reading = false;
    if (options.readable !== false && !manualStart) this.read(0);
  }

  _read() {
    const handle = this._handle;
    if (handle && !handle.reading) {
      handle.reading = true;
      const err = handle.readStart();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }

  _write(chunk, encoding, callback) {
    if (!this._handle) {
      callback(new (require('internal/errors').codes.ERR_SOCKET_CLOSED)());
      return;
    }
    writeGeneric(this, chunk, encoding, callback);
  }

  _final(callback) {
    if (!this._handle) {
      callback();
      return;
    }
    shutdownGeneric(this, callback);
  }

  // What stream_base_commons asks of its stream: the handle, and two hooks a
  // standard stream has no use for (no idle timer, no write-queue watch).
  get [kHandle]() { return this._handle; }
  [kUpdateTimer]() {}
  [kAfterAsyncWrite]() {}

  _destroy(error, callback) {
    const handle = this._handle;
    if (!handle) {
      callback(error);
      process.nextTick(() => this.emit('close', !!error));
      return;
    }
    this._handle = null;
    handle.onread = () => {};
    handle.close(() => this.emit('close', !!error));
    callback(error);
  }

  get bytesRead() { return this._handle ? this._handle.bytesRead : 0; }
  get bytesWritten() { return this._handle ? this._handle.bytesWritten : 0; }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

module.exports = { HandleStream };
