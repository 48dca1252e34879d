// Readable.from(iterable): a Readable that pulls its chunks from an
// iterator. (Node: lib/internal/streams/from.js.)
//
// It is in object mode with highWaterMark 1 unless told otherwise: every
// _read asks the iterator for values and pushes them until push() says the
// buffer is full. A string or Buffer is one chunk, not a sequence of
// characters or bytes. Destroying the stream closes the iterator (return(),
// or throw(err) when destroyed with an error), so a generator's finally
// blocks run.
'use strict';

const { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } = require('internal/errors').codes;

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;  // a next() loop is running; _read must not start another

  readable._read = function read() {
    if (!reading) {
      reading = true;
      next();
    }
  };

  readable._destroy = function destroy(error, cb) {
    close(error).then(() => process.nextTick(cb, error),
                      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          // A sync iterable of promises is awaited value by value.
          const res = value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw new ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = from;
