// Transform: a Duplex whose output is computed from its input (zlib, a
// cipher, a line splitter). (Node: lib/internal/streams/transform.js.)
//
// The implementer writes _transform(chunk, encoding, callback) and calls
// callback(err, output) or push()es any number of outputs. Backpressure
// crosses from the readable side to the writable side through the callback:
// if the readable buffer is full (nobody reads the output), the callback is
// held in kCallback and only released by the next _read, so the writable
// side's buffer fills in turn and write() starts returning false.
// end() -> _flush(cb) for the last output -> push(null).
'use strict';

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable mark of 0 would hold every callback: give the writable side
  // its own mark (0 unless set) so the stream can still move.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // Pushes happen from write callbacks, never inside _read: 'data' may go
  // out at once.
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  // A subclass that defines its own _final still gets _flush on 'prefinish'.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kCallback] = callback;  // output buffer full: wait for a _read
    }
  });
};

Transform.prototype._read = function _read() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
