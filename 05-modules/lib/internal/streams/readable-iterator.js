// `for await (const chunk of readable)`. (Node: lib/internal/streams/readable.js,
// createAsyncIterator.)
//
// The iterator is a consumer in paused mode: it listens to 'readable' and
// calls read(); when read() has nothing it waits for the next 'readable'
// or for finished() to report the end or an error. Leaving the loop early
// (break, return, throw) destroys the stream, unless
// readable.iterator({ destroyOnReturn: false }) asked otherwise.
'use strict';

const { aggregateTwoErrors, destroyer } = require('internal/streams/destroy');

let eos;
let Readable;
const nop = () => {};

async function* createAsyncIterator(stream, options) {
  eos ??= require('internal/streams/end-of-stream');
  let callback = nop;

  // As a 'readable' listener (this === stream) it wakes the loop; as a
  // Promise executor it stores the loop's wake-up function.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);
  let error;  // undefined: still going; null: ended cleanly; else the error
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    Readable ??= require('internal/streams/readable');
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

module.exports = { streamToAsyncIterator };
