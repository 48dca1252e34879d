// Duplex: a Readable and a Writable in one object, with two independent
// buffers (a socket: what we send, what we receive). (Node:
// lib/internal/streams/duplex.js.)
//
// JavaScript has single inheritance, so a Duplex inherits from Readable
// and borrows Writable's methods; `instanceof Writable` still holds because
// Writable answers it by looking for a _writableState. Each side has its
// own state, highWaterMark and object mode (readableObjectMode,
// writableObjectMode). allowHalfOpen (default true) lets the readable side
// end while the writable side stays open; with false, 'end' calls end().
'use strict';

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods that Readable does not already define (destroy is
// Writable's: it also fails the queued writes).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write', 'destroy']) {
  Duplex.prototype[name] = Writable.prototype[name];
}
Duplex.prototype._writev = null;

const writableGetters = Object.getOwnPropertyDescriptors(Writable.prototype);
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded',
  'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name, writableGetters[name]);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

module.exports = Duplex;
