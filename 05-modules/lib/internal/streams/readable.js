// Readable: a source of data that fills a buffer from below and is drained
// by the consumer. (Node: lib/internal/streams/readable.js.)
//
// One chunk's path, from the implementer's push() to the consumer:
//
//   _read(n) --push(chunk)--> readableAddChunk: checks, decodes
//        ^                        |
//        |                        +- flowing, buffer empty, not inside _read:
//        |                        |      emit('data', chunk) at once
//        |                        `- otherwise: buffer.push(chunk),
//        |                               length += size; 'readable' next tick
//        |
//   read(n) -- takes n from the buffer, emits 'data' with it; asks _read for
//              more while length < highWaterMark
//
// A Readable is in one of three modes, kept in state.flowing:
//   null   nobody consumes yet; data accumulates up to highWaterMark.
//   true   flowing: on('data'), resume() or pipe() started it; flow() calls
//          read() in a loop and every chunk goes out as 'data'.
//   false  paused: pause() or on('readable'); the consumer calls read().
//
// push() returns false once length >= highWaterMark: that is backpressure
// on the readable side. _read is then not called again until the consumer
// takes data out. Node defers events with process.nextTick in exactly the
// same places as here ('readable', 'end', resume), and scripts can see
// that order, so it is kept.
'use strict';

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const BufferList = require('internal/streams/buffer_list');
const destroyImpl = require('internal/streams/destroy');
const { getDefaultHighWaterMark, getHighWaterMark } = require('internal/streams/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');

let StringDecoder;  // string_decoder, loaded on the first setEncoding
let Duplex;         // internal/streams/duplex requires this file
let from;
let addAbortSignal;

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
const nop = () => {};

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  // Object mode: chunks are any values but null, each counted as 1.
  this.objectMode = !!options?.objectMode;
  if (isDuplex) this.objectMode ||= !!options?.readableObjectMode;
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = new BufferList();
  this.length = 0;        // bytes (or objects) in the buffer
  this.pipes = [];
  this.flowing = null;    // see the header: null, true or false
  this.ended = false;     // push(null) was called
  this.endEmitted = false;
  this.reading = false;   // inside a _read that has not pushed yet
  this.constructed = true;
  // Inside a _read call: data pushed now is buffered, never emitted
  // synchronously, so 'data' cannot fire in the middle of read().
  this.sync = true;
  this.needReadable = false;   // someone waits for 'readable'
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = options?.defaultEncoding || 'utf8';
  // The pipe destinations that returned false and owe us a 'drain'.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options?.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  pipesCount: { get() { return this.pipes.length; } },
  paused: {
    get() { return this[kPaused] !== false; },
    set(value) { this[kPaused] = !!value; },
  },
});

function Readable(options) {
  Duplex ??= require('internal/streams/duplex');
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      addAbortSignal ??= require('internal/streams/add-abort-signal').addAbortSignal;
      addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};

// ---- the producer's side: push() and unshift() -----------------------------

Readable.prototype.push = function push(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

// Puts data back at the front, for a consumer that read too much.
Readable.prototype.unshift = function unshift(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

// Byte mode takes strings (converted with `encoding`), Buffers and other
// views of bytes; anything else is an error.
function toBytes(state, chunk, encoding, addToFront) {
  if (typeof chunk === 'string') {
    encoding ||= state.defaultEncoding;
    if (state.encoding === encoding) return { chunk, encoding };
    if (addToFront && state.encoding) {
      return { chunk: Buffer.from(chunk, encoding).toString(state.encoding), encoding: '' };
    }
    return { chunk: Buffer.from(chunk, encoding), encoding: '' };
  }
  if (chunk instanceof Buffer) return { chunk, encoding: '' };
  if (ArrayBuffer.isView(chunk)) {
    return { chunk: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), encoding: '' };
  }
  if (chunk == null) return { chunk, encoding };
  return { error: new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray',
    'DataView'], chunk) };
}

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  if (!state.objectMode) {
    const bytes = toBytes(state, chunk, encoding, addToFront);
    if (bytes.error) {
      errorOrDestroy(stream, bytes.error);
      return false;
    }
    ({ chunk, encoding } = bytes);
  }

  if (chunk === null) {             // push(null): the end of the data
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || chunk.length > 0) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {         // an empty chunk: _read answered, with nothing
    state.reading = false;
    maybeReadMore(stream, state);
  }
  // true: room for more. false: stop until the consumer reads.
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync &&
      stream.listenerCount('data') > 0) {
    // The fast path: a flowing stream with nothing queued hands the chunk
    // straight to 'data'. A pipe's destinations get a fresh chance to say
    // "wait" for it.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Inside _read: 'readable' waits for the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// ---- the consumer's side: read() -------------------------------------------

// A read(n) larger than the mark raises the mark to the next power of 2.
const kMaxHighWaterMark = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) may return now: everything for read(), one object in
// object mode, 0 if n bytes are not there yet (unless the stream ended).
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() while flowing: one chunk at a time, so 'data' keeps their shape.
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) is "fill the buffer": if it is already full (or the stream
  // ended), just tell the listeners.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the implementation for more when what is left after this read is
  // below the mark. _read may push synchronously (state.sync stays true
  // meanwhile) or later.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have made more data available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n bytes (or one object) out of the buffer; howMuchToRead chose n.
function fromList(n, state) {
  if (state.length === 0) return null;
  const { buffer } = state;
  if (state.objectMode) return buffer.shift();
  if (!n || n >= state.length) {
    const all = state.decoder ? buffer.join() : buffer.concat(state.length);
    buffer.clear();
    return all;
  }
  return buffer.consume(n, !!state.decoder);
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// ---- scheduling: 'readable', 'end', reading ahead ---------------------------

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Wait for the next 'readable' only while paused and below the mark.
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Read ahead to the mark while nobody asks, so data is ready when they do.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;  // _read pushed nothing synchronously
  }
  state.readingMore = false;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      // A Duplex that may not stay half open ends its writable side too.
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // Destroy once both sides are done (a Duplex may still be writing).
      const wState = stream._writableState;
      const done = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (done) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// ---- flowing and paused -----------------------------------------------------

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    // A 'data' listener starts the flow, unless pause() was called
    // explicitly or 'readable' listeners are in charge.
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

// The last 'readable' listener went away: go back to 'data' if there are
// 'data' listeners, else to "nobody consumes".
function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() only takes effect when they go.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered becomes text too.
  let content = '';
  for (const chunk of state.buffer.toArray()) content += decoder.write(chunk);
  state.buffer.clear();
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// ---- pipe -------------------------------------------------------------------

// src.pipe(dest): 'data' -> dest.write(); when write() returns false, pause
// until dest emits 'drain'. Several destinations may be piped at once: the
// source waits for the slowest (awaitDrainWriters holds who owes a 'drain').
Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting for this destination's 'drain', stop waiting.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on the destination unpipes; it is rethrown if it was the
  // only listener.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- wrapping an old-style stream, async iteration, from() ------------------

// new Readable().wrap(oldStream): a Readable fed by a stream that only
// emits 'data' and 'end' (and maybe has pause()/resume()).
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return require('internal/streams/readable-iterator').streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  return require('internal/streams/readable-iterator').streamToAsyncIterator(this, options);
};

Readable.prototype[Symbol.asyncDispose] = function asyncDispose() {
  const { AbortError } = require('internal/errors');
  const eos = require('internal/streams/end-of-stream');
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => eos(this, (err) => (
    err && err !== error ? reject(err) : resolve(null))));
};

Readable.from = function fromIterable(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.wrap = function wrapStatic(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// ---- state getters ----------------------------------------------------------

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: { enumerable: false, get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    enumerable: false, get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    enumerable: false, get() { return this._readableState?.buffer.toArray(); },
  },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) { if (this._readableState) this._readableState.flowing = state; },
  },
  readableLength: { enumerable: false, get() { return this._readableState.length; } },
  readableObjectMode: {
    enumerable: false, get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    enumerable: false, get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    enumerable: false, get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: { get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) { if (this._readableState) this._readableState.destroyed = value; },
  },
  readableEnded: {
    enumerable: false, get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

module.exports = Readable;
