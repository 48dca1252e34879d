// The glue between a stdio stream handle (a Pipe or TTY of the bindings, both
// StreamWrap: 04-bindings/stream_wrap.h) and the Duplex of the standard
// streams: how libuv's reads become push() and how write() becomes
// writeBuffer(). (Node: lib/internal/stream_base_commons.js, which
// net.Socket uses here too: internal/stream_base_commons.js. This is its
// smaller cousin, without a socket's idle timer and byte counts; the two
// become one when stdout on a socket is a net.Socket, as in Node.)
//
//     handle.onread = onStreamRead     with handle[kOwner] = the stream
//     writeGeneric(stream, chunk, encoding, cb)
//     shutdownHandle(stream, cb)
//
// A read pushes the chunk; when push() says the buffer is full, reading
// stops (readStop) until _read() asks again: that is backpressure reaching
// the kernel. A write that the kernel took at once completes before
// writeGeneric returns; one that waits in libuv completes in
// req.oncomplete.
'use strict';

const { Buffer } = internalBinding('buffer');
const {
  WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF, UV_ENOTCONN } = internalBinding('uv');
const { errnoException } = require('internal/errors');

const kOwner = Symbol('kOwner');

// handle.onread: `this` is the handle, the count is in streamBaseState.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const stream = this[kOwner];
  if (nread > 0 && !stream.destroyed) {
    const offset = streamBaseState[kArrayBufferOffset];
    if (!stream.push(Buffer.from(arrayBuffer, offset, nread))) {
      this.reading = false;
      this.readStop();
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // The end: no more reads; push(null) ends the readable side, and read(0)
  // lets 'end' come even if nobody is reading.
  this.reading = false;
  this.readStop();
  stream.push(null);
  stream.read(0);
}

// The write method for an encoding; others go as bytes.
const kStringWriters = {
  utf8: 'writeUtf8String', 'utf-8': 'writeUtf8String', latin1: 'writeLatin1String',
  binary: 'writeLatin1String', ascii: 'writeAsciiString', ucs2: 'writeUcs2String',
  'ucs-2': 'writeUcs2String', utf16le: 'writeUcs2String', 'utf-16le': 'writeUcs2String',
};

function writeGeneric(stream, chunk, encoding, callback) {
  const handle = stream._handle;
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = function(status) {
    callback(status < 0 ? errnoException(status, 'write') : undefined);
  };
  let err;
  if (typeof chunk === 'string') {
    const method = kStringWriters[`${encoding}`.toLowerCase()];
    err = method ? handle[method](req, chunk) : handle.writeBuffer(req, Buffer.from(chunk, encoding));
  } else {
    err = handle.writeBuffer(req, chunk);
  }
  if (err !== 0) {
    callback(errnoException(err, 'write'));
    return;
  }
  if (streamBaseState[kLastWriteWasAsync] === 0) callback();
}

// Half-closes the handle once its writes are out (the peer reads EOF). A
// shutdown that fails later is not an error of the stream (a pipe cannot
// half-close: ENOTSOCK; the peer may be gone): the writing is over anyway.
function shutdownHandle(stream, callback) {
  const req = new ShutdownWrap();
  req.oncomplete = () => callback();
  const err = stream._handle.shutdown(req);
  if (err === UV_ENOTCONN) callback();
  else if (err !== 0) callback(errnoException(err, 'shutdown'));
}

module.exports = { errnoException, kOwner, onStreamRead, shutdownHandle, writeGeneric };
