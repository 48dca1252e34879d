// A Duplex over a libuv stream handle: the half of `net.Socket` that does
// not know it is TCP, shared with the standard streams. (Node:
// lib/internal/stream_base_commons.js.)
//
// Two kinds of stream use it: net.Socket (net.js: over a TCP, or a Pipe for
// a Unix socket) and the standard streams' HandleStream
// (internal/stdio/handle_stream.js: over a Pipe or a TTY, the base of
// tty.ReadStream and tty.WriteStream). Their handles all speak the calling
// conventions of stage 04's stream_wrap binding:
//
//     handle.readStart()           libuv watches the descriptor; each chunk
//     handle.onread(arrayBuffer)   arrives here, its size (or UV_EOF, or an
//                                  error) in streamBaseState[kReadBytesOrError]
//     handle.writeBuffer(req, buf) 0 or a uv error; if the kernel took it all
//                                  (kLastWriteWasAsync is 0) that is the end of
//                                  it, else req.oncomplete(status) comes later
//     handle.shutdown(req)         the FIN after the last write; oncomplete
//
// The stream that owns a handle is found from the handle through
// `handle[owner_symbol]`, so the native callbacks (onread, oncomplete) can
// be plain functions shared by every socket. What the stream must provide:
// push() (it is a Readable), destroy(), [kHandle] (its handle),
// [kUpdateTimer]() (an activity resets its idle timer; a stream without one
// does nothing) and [kAfterAsyncWrite]() (a queued write finished).
//
// The two directions, in short:
//
//     read:   uv_read_cb -> handle.onread = onStreamRead -> stream.push(buf)
//             push() false (the reader is behind) -> handle.readStop();
//             the stream's _read() later calls readStart() again
//     write:  Writable's _write -> writeGeneric -> handle.writeBuffer(req)
//             -> uv_try_write / uv_write -> the callback, at once or from
//             req.oncomplete: the Writable may send its next chunk
//     end:    Writable's _final -> shutdownGeneric -> handle.shutdown(req):
//             the FIN once the queued writes are out
'use strict';

const {
  ShutdownWrap, WriteWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset, kBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF, UV_ENOTCONN } = internalBinding('uv');
const { Buffer } = internalBinding('buffer');
const { errnoException } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const owner_symbol = Symbol('owner_symbol');
const kHandle = Symbol('kHandle');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kTimeout = Symbol('timeout');
// The timer is kept but switched off (setStreamTimeout(0)), and its duration.
const kTimeoutIdle = Symbol('kTimeoutIdle');
const kTimeoutMsecs = Symbol('kTimeoutMsecs');

// The largest delay a libuv timer takes (2^31 - 1 ms), as Node's timers.
const TIMEOUT_MAX = 2 ** 31 - 1;

// ---- Writing ----

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// One chunk: a Buffer, or a string the binding encodes without a JS copy.
function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default:
      return handle.writeBuffer(req, Buffer.from(data, encoding));
  }
}

// After the binding call: what the kernel took at once is done now; a
// request still queued in libuv keeps its bytes alive (req.buffer) and
// calls back through onWriteComplete.
function afterWriteDispatched(req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = !!streamBaseState[kLastWriteWasAsync];
  if (err !== 0) return cb(errnoException(err, 'write'));
  if (!req.async && typeof req.callback === 'function') req.callback();
  return undefined;
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = handleWriteReq(req, data, encoding);
  if (err === 0) req.buffer = data;
  afterWriteDispatched(req, err, cb);
  return req;
}

// Several queued chunks at once (Writable's _writev, after cork() or while
// a write was in flight): handed to the binding's writev() in one call,
// which joins them in C++ (no Buffer is made for a string chunk) and writes
// them with one system call, as Node's writev does.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding } = data[i];
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  const err = req.handle.writev(req, chunks, allBuffers === true);
  afterWriteDispatched(req, err, cb);
  return req;
}

// req.oncomplete for a write libuv had to queue.
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

// ---- Ending: the FIN ----

// `cb` once the handle has sent its FIN after the last write (or at once if
// there is nothing to shut down: returned 1, or not connected). A shutdown
// that fails later (a pipe cannot half-close; the peer may be gone) is not an
// error of the stream: the writing is over anyway.
function shutdownGeneric(self, cb) {
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = self[kHandle];
  req.callback = cb;
  const err = req.handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
  return undefined;
}

function afterShutdown() {
  this.callback();
}

// ---- Reading ----

// handle.onread: `this` is the handle.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const handle = this;
  const stream = this[owner_symbol];
  stream[kUpdateTimer]();

  if (nread > 0 && !stream.destroyed) {
    const offset = streamBaseState[kArrayBufferOffset];
    const buf = Buffer.from(arrayBuffer, offset, nread);
    if (!stream.push(buf)) {
      // Backpressure: the readable buffer is at its highWaterMark. The
      // kernel keeps the rest (and the peer's window closes) until _read()
      // asks for more.
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    // ECONNRESET and friends: the stream fails with `read ECONNRESET`.
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // The peer sent its FIN: no more data (libuv has stopped reading by
  // itself). End the readable side; its 'end' comes once the buffer is
  // drained.
  handle.reading = false;
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// ---- The idle timer: setTimeout(msecs, cb) on a stream ----

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// stream.setTimeout(msecs[, callback]): 'timeout' after msecs without
// activity. The timer is unref'd: an idle socket's timer alone does not keep
// the process alive. Each read or write refreshes it (kUpdateTimer).
//
// setTimeout(0) does not clear the timer: it only marks it idle
// (kTimeoutIdle), and a later setTimeout() of the same duration refreshes
// that timer instead of making a new one. A keep-alive HTTP server switches
// every socket's timeout off when a request arrives and on again when the
// response is done, so this spares a timer's creation and clearing per
// request. An idle timer that comes due does nothing but let go of itself.
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (msecs === 0) {
    if (this[kTimeout]) this[kTimeoutIdle] = true;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
    return this;
  }
  const timer = this[kTimeout];
  if (timer && this[kTimeoutMsecs] === msecs) {
    this[kTimeoutIdle] = false;
    timer.refresh();
  } else {
    clearTimeout(timer);
    const fresh = setTimeout(() => onStreamTimer(this, fresh), msecs);
    fresh.unref();
    this[kTimeout] = fresh;
    this[kTimeoutMsecs] = msecs;
    this[kTimeoutIdle] = false;
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  return this;
}

function onStreamTimer(stream, timer) {
  if (stream[kTimeout] !== timer) return;
  if (stream[kTimeoutIdle]) {  // switched off by setTimeout(0) since it was armed
    stream[kTimeout] = null;
    stream[kTimeoutIdle] = false;
    return;
  }
  stream._onTimeout();
}

module.exports = {
  TIMEOUT_MAX, kAfterAsyncWrite, kHandle, kTimeout, kTimeoutIdle, kUpdateTimer, onStreamRead, owner_symbol,
  setStreamTimeout, shutdownGeneric, writeGeneric, writevGeneric,
};
