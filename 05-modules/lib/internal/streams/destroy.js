// Tearing a stream down: destroy(err), errorOrDestroy, and _construct.
// (Node: lib/internal/streams/destroy.js.)
//
// destroy(err) is the one way a stream ends abnormally. It marks both sides
// destroyed at once (so write() and push() refuse from now on), calls the
// user's _destroy(err, cb), and when that calls back, schedules the events
// on the next tick:
//
//     destroy(err) -> _destroy(err, cb) -> cb(err) -> nextTick: 'error', then 'close'
//
// 'error' is emitted at most once per stream, 'close' once, and only if
// emitClose is on. A stream made with _construct(cb) is not ready until cb
// is called: its reads and writes wait, and a destroy() that comes first
// waits for construction to end (kDestroy) before calling _destroy.
//
// errorOrDestroy is how the machinery itself reports an error: with
// autoDestroy (the default) it destroys; without, it only emits 'error'.
'use strict';

const { AbortError, codes: { ERR_MULTIPLE_CALLBACK } } = require('internal/errors');
const { kIsDestroyed, isDestroyed, isFinished } = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Two errors for one failure: keep both, the outer one first.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// The first error wins; it is remembered on both sides.
function recordError(err, w, r) {
  if (!err) return;
  err.stack;  // eslint-disable-line no-unused-expressions -- capture it now, as Node does
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if (w?.destroyed || r?.destroyed) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function onConstructed(er) {
      callDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (err) {
    onDestroy(err);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if (w?.emitClose || r?.emitClose) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if (w?.errorEmitted || r?.errorEmitted) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// Back to a fresh state (used by streams that are reused, such as sockets).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// `sync`: the caller is inside a user call (push, write), so 'error' must
// wait a tick rather than fire in the middle of it.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w?.destroyed || r?.destroyed) return;
  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// _construct(cb) runs on the next tick after the constructor; `onReady`
// (given by Readable and Writable) starts the work that was waiting. A
// Duplex calls this twice, once per side, and must construct only once.
function construct(stream, onReady) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, onReady);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

// stream.destroy(stream, err): destroy anything stream-like (pipeline uses
// it on every member); a stream that is not finished gets an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick((stream, err) => { stream.emit('error', err); }, stream, err);
  } else {
    process.nextTick((stream) => { stream.emit('close'); }, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  aggregateTwoErrors, construct, destroy, destroyer, errorOrDestroy, undestroy,
};
